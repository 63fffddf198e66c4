package dev.resurface.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link LineIndex}: offsets to 1-based lines and columns. */
class LineIndexTest {

    @Test
    void firstCharacterIsLineOneColumnOne() {
        LineIndex li = new LineIndex("abc");
        assertEquals(1, li.line(0));
        assertEquals(1, li.col(0));
    }

    @Test
    void columnsCountWithinTheLine() {
        LineIndex li = new LineIndex("abc\ndefg\n");
        assertEquals(1, li.line(2));
        assertEquals(3, li.col(2));
        assertEquals(2, li.line(4));
        assertEquals(1, li.col(4));
        assertEquals(2, li.line(7));
        assertEquals(4, li.col(7));
    }

    @Test
    void theNewlineBelongsToItsLine() {
        LineIndex li = new LineIndex("ab\ncd");
        assertEquals(1, li.line(2));
        assertEquals(3, li.col(2));
        assertEquals(2, li.line(3));
    }

    @Test
    void offsetAfterATrailingNewlineIsANewLine() {
        LineIndex li = new LineIndex("ab\n");
        assertEquals(2, li.lineCount());
        assertEquals(2, li.line(3));
        assertEquals(1, li.col(3));
    }

    @Test
    void emptyLinesAreCounted() {
        LineIndex li = new LineIndex("a\n\n\nb");
        assertEquals(4, li.lineCount());
        assertEquals(4, li.line(4));
        assertEquals(3, li.line(3));
    }

    @Test
    void emptyTextHasOneLine() {
        LineIndex li = new LineIndex("");
        assertEquals(1, li.lineCount());
        assertEquals(1, li.line(0));
        assertEquals(1, li.col(0));
    }

    @Test
    void manyLinesGrowTheIndex() {
        LineIndex li = new LineIndex("x\n".repeat(1000));
        assertEquals(1001, li.lineCount());
        assertEquals(501, li.line(1000));
        assertEquals(1, li.col(1000));
        assertEquals(2, li.col(1001));
    }

    @Test
    void startOfGivesTheFirstOffsetOfALineAndClampsOutOfRange() {
        LineIndex li = new LineIndex("ab\ncde\nf");
        assertEquals(0, li.startOf(1));
        assertEquals(3, li.startOf(2));
        assertEquals(7, li.startOf(3));
        assertEquals(7, li.startOf(99), "beyond the end: the last line");
        assertEquals(0, li.startOf(0), "before the start: the first line");
    }

    @Test
    void lineAndStartOfAreInverse() {
        String text = "one\ntwo\n\nfour\n";
        LineIndex li = new LineIndex(text);
        for (int line = 1; line <= li.lineCount(); line++) {
            int start = li.startOf(line);
            assertEquals(line, li.line(start));
            assertEquals(1, li.col(start));
        }
    }
}
