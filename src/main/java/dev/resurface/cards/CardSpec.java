package dev.resurface.cards;

import dev.resurface.config.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one card shows: the page's title, its section ("" for none) and the site's name, in the
 * site's card colours. Pages whose cards would look the same share one file: its name is a hash of
 * all of this and of the way cards are drawn ({@link CardPainter#VERSION}).
 */
public record CardSpec(String title, String section, String siteName, Meta.SocialCards colours) {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** The folder of the output the cards are written to. */
    public static final String FOLDER = "cards/";

    /** 20 hex digits of SHA-256 over everything that decides the card's pixels. */
    public String hash() {
        String key = String.join("\u0000", CardPainter.VERSION, title, section, siteName, colours.background(), colours.text(), colours.accent());
        return sha256(key).substring(0, 20);
    }

    /** The output file, e.g. {@code cards/1f0c….png}. */
    public String file() {
        return FOLDER + hash() + ".png";
    }

    /** The text alternative: what the picture says. */
    public String alt() {
        return section.isEmpty() ? title + " – " + siteName : title + " – " + section + " – " + siteName;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
