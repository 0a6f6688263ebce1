package org.wirefold.processor.facts;

import java.util.Locale;

/**
 * One token of {@link Tokenizer}: its text, character offsets, kind and whether whitespace precedes it.
 *
 * @param text  the characters of the token
 * @param lower lower-case text
 * @param start first character offset in the source text
 * @param end   offset after the last character
 * @param kind  token kind
 * @param space whitespace (or the text start) precedes the token
 * @param line  a line break precedes the token
 */
public record Tok(String text, String lower, int start, int end, Kind kind, boolean space, boolean line) {

    /** Token kinds. */
    public enum Kind {
        /** Letters (with inner apostrophes). */
        WORD,
        /** A number written in digits: {@code 1,100}, {@code 2.5}, {@code .001}. */
        NUM,
        /** Letters and digits mixed ({@code XC40}, {@code 9AB8}) or an overlong digit run: never a quantity. */
        ALNUM,
        /** Any other single character. */
        SYM
    }

    static Tok of(String src, int start, int end, Kind kind, boolean space, boolean line) {
        String t = src.substring(start, end);
        return new Tok(t, t.toLowerCase(Locale.ROOT), start, end, kind, space, line);
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean word() {
        return kind == Kind.WORD;
    }

    boolean num() {
        return kind == Kind.NUM;
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }
}
