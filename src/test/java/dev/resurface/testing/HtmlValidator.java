package dev.resurface.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (vnu) in-process: validates every .html file of a folder, returns errors as "file:line:col: message". */
public final class HtmlValidator {
    private HtmlValidator() {}

    public static List<String> errors(Path dir) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { }

            @Override
            public void error(SAXParseException e) { errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage()); }

            @Override
            public void fatalError(SAXParseException e) { error(e); }
        };
        SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, true);
        v.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        v.setUpValidatorAndParsers(handler, true, false);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path f : files) {
            current[0] = dir.relativize(f).toString();
            try {
                v.checkHtmlFile(f.toFile(), true);
            } catch (IOException e) {
                errors.add(current[0] + ": cannot read: " + e.getMessage());
            }
        }
        if (files.isEmpty()) errors.add(dir + ": no .html files to validate");
        return errors;
    }
}
