package dev.resurface.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void answersLikeCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetterOrDigit(c), Letters.isLetterOrDigit(c), () -> "isLetterOrDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isLetter(c), Letters.isLetter(c), () -> "isLetter U+" + Integer.toHexString(c));
        }
    }
}
