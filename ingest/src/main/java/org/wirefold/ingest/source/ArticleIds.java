package org.wirefold.ingest.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids for articles whose input gives none: {@code "a-"} and the first 16 hex digits of the SHA-256 of the
 * normalised headline and body (NFKC, lower case, whitespace runs collapsed). The same text always gets the same
 * id, so re-ingesting a file publishes under the same keys.
 */
public final class ArticleIds {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private ArticleIds() {
    }

    public static String derive(String title, String body) {
        String text = normalise(title) + "\n" + normalise(body);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(n).replaceAll(" ").strip();
    }
}
