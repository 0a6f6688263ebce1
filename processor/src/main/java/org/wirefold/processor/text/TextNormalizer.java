package org.wirefold.processor.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical form of article text for content hashing and shingling: Unicode NFKC, lower case, every run of
 * punctuation, symbols and white space collapsed to one space. Two copies that differ only in typography
 * (curly quotes, dashes, line breaks, case) normalise to the same string. Thread-safe.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns the normalised text; null gives the empty string. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfkc.length());
        boolean space = true;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space && !isWordJoiner(cp)) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /** Apostrophes and soft hyphens are dropped, so "don't" and "o'brien" stay one word. */
    private static boolean isWordJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u00ad';
    }
}
