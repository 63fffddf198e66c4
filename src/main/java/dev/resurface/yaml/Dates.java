package dev.resurface.yaml;

import dev.resurface.diag.Checked;
import dev.resurface.diag.Diagnostic;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for dates written by authors (front matter, schema fields, data files): a calendar date
 * YYYY-MM-DD. A date that does not exist says why (February 2026 has 28 days; month 13 does not exist).
 * A date with a time of day ({@code 2026-12-02T10:00:00Z}) is accepted as the date written, with a warning:
 * readers see dates only, so the time would silently be dropped.
 */
public final class Dates {
    private Dates() {}

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:(?:[Tt]|\\s+)(.+))?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|z|[+-]\\d{1,2}(:?\\d{2})?)?");

    public static final String FORMAT_HINT = "write dates as YYYY-MM-DD, e.g. 2026-01-31";

    /**
     * Reads {@code node} (the value of {@code field}) as a date, with an error when it is not one and a
     * warning when it carries a time of day.
     */
    public static Checked<Optional<LocalDate>> read(String path, String field, YNode node) {
        Object v = node instanceof YNode.Scalar s ? s.value() : null;
        if (v instanceof LocalDate d) return new Checked<>(Optional.of(d), List.of());
        if (v == null || v instanceof Boolean || !(node instanceof YNode.Scalar)) {
            return failed(Diagnostic.error(path, node.line(), node.col(), "'" + field + "' must be a date (YYYY-MM-DD), found " + YNode.describe(node), FORMAT_HINT));
        }
        String text = String.valueOf(v).strip();
        Matcher m = DATE.matcher(text);
        if (!m.matches() || (m.group(4) != null && !TIME.matcher(m.group(4).strip()).matches())) {
            return failed(Diagnostic.error(path, node.line(), node.col(), "'" + field + "' is not a valid date: '" + text + "'", FORMAT_HINT));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        String written = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (month < 1 || month > 12) {
            return failed(Diagnostic.error(path, node.line(), node.col(), "'" + field + "' is " + written + ", but month " + m.group(2) + " does not exist",
                    "months go from 01 to 12: YYYY-MM-DD"));
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return failed(Diagnostic.error(path, node.line(), node.col(), "'" + field + "' is " + written + ", but "
                    + (day < 1 ? "day 00 does not exist" : name + " " + year + " has " + length + " days"),
                    "write a day from 01 to " + length + ", e.g. " + String.format("%04d-%02d-%02d", year, month, length)));
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(4) != null) {
            return new Checked<>(Optional.of(date), List.of(Diagnostic.warning(path, node.line(), node.col(), "'" + field + "' has a time of day (" + m.group(4).strip() + "), which is not used",
                    "pages show the date alone: write " + field + ": " + written)));
        }
        return new Checked<>(Optional.of(date), List.of());
    }

    private static Checked<Optional<LocalDate>> failed(Diagnostic error) {
        return new Checked<>(Optional.empty(), List.of(error));
    }
}
