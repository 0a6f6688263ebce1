package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-written, single-pass tokenizer and sentence splitter for news text. Linear in the input length whatever it
 * holds (no regular expressions): digit runs are read once, an overlong number becomes one {@link Tok.Kind#ALNUM}
 * token, and sentences are cut at {@link #MAX_SENTENCE} tokens so that an endless sentence costs no more than many
 * short ones.
 */
public final class Tokenizer {
    /** Longest sentence handed to the extractors, in tokens. */
    public static final int MAX_SENTENCE = 200;
    private static final int MAX_NUMBER_CHARS = 24;
    /** Letter prefixes glued to a following amount ({@code USD10m}, {@code PS8.1bn}, {@code RM23.50}). */
    private static final Set<String> CURRENCY_PREFIXES = Set.of("usd", "us", "ps", "rm", "hk", "eur", "gbp", "cad",
            "aud", "inr", "rs", "sgd", "nz", "chf", "cny", "jpy", "sek", "nok", "dkk", "zar", "brl", "krw", "a", "c",
            "r", "au", "ca", "s");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen",
            "gov", "sen", "rep", "lt", "col", "capt", "sgt", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "u", "s", "e", "mt", "ft", "approx", "inc", "co", "corp", "ltd", "est",
            "fig", "a", "p", "m", "d", "c", "n", "w");

    private Tokenizer() {
    }

    /** Tokens of the whole text. */
    public static List<Tok> tokens(String s) {
        List<Tok> out = new ArrayList<>(Math.max(16, s.length() / 5));
        int n = s.length();
        int i = 0;
        boolean space = true;
        boolean line = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                if (c == '\n' || c == '\r') {
                    line = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && !prevDigit(s, i))) {
                i = readNumber(s, i);
                int numEnd = i;
                int j = i;
                while (j < n && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                if (j > i && j < n && isDigit(s.charAt(j))) {
                    boolean power = (s.charAt(j) == '2' || s.charAt(j) == '3') && (j + 1 >= n || !isLetterOrDigit(s.charAt(j + 1)));
                    if (power) { // 32m2, 1.3 A/cm2
                        add(out, s, start, numEnd, numEnd - start > MAX_NUMBER_CHARS ? Tok.Kind.ALNUM : Tok.Kind.NUM, space, line);
                        add(out, s, numEnd, j + 1, Tok.Kind.WORD, false, false);
                        i = j + 1;
                    } else {
                        while (j < n && isLetterOrDigit(s.charAt(j))) {
                            j++;
                        }
                        add(out, s, start, j, Tok.Kind.ALNUM, space, line);
                        i = j;
                    }
                } else {
                    add(out, s, start, numEnd, numEnd - start > MAX_NUMBER_CHARS ? Tok.Kind.ALNUM : Tok.Kind.NUM, space, line);
                    if (j > i) {
                        add(out, s, i, j, Tok.Kind.WORD, false, false);
                        i = j;
                    }
                }
            } else if (Character.isLetter(c)) {
                while (i < n && (Character.isLetter(s.charAt(i))
                        || (isApostrophe(s.charAt(i)) && i + 1 < n && Character.isLetter(s.charAt(i + 1))))) {
                    i++;
                }
                if (i < n && isDigit(s.charAt(i))) {
                    String letters = s.substring(start, i).toLowerCase(Locale.ROOT);
                    boolean afterDollar = start > 0 && s.charAt(start - 1) == '$';
                    if (CURRENCY_PREFIXES.contains(letters) && (letters.length() > 1 || afterDollar)) {
                        add(out, s, start, i, Tok.Kind.WORD, space, line);
                        space = false;
                        line = false;
                        continue;
                    }
                    while (i < n && isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    add(out, s, start, i, Tok.Kind.ALNUM, space, line);
                } else {
                    add(out, s, start, i, Tok.Kind.WORD, space, line);
                }
            } else {
                i += Character.charCount(s.codePointAt(i));
                add(out, s, start, i, Tok.Kind.SYM, space, line);
            }
            space = false;
            line = false;
        }
        return out;
    }

    /** Splits tokens into sentences: {@code [from, to)} index pairs, each at most {@link #MAX_SENTENCE} long. */
    public static List<int[]> sentences(List<Tok> toks) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean cut = false;
            if (i > from && t.line()) {
                out.add(new int[] {from, i});
                from = i;
            }
            if (t.kind() == Tok.Kind.SYM) {
                String x = t.text();
                if (x.equals("!") || x.equals("?") || x.equals(";")) {
                    cut = true;
                } else if (x.equals(".")) {
                    cut = endsSentence(toks, i);
                }
            }
            if (cut || i + 1 - from >= MAX_SENTENCE) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < toks.size()) {
            out.add(new int[] {from, toks.size()});
        }
        return out;
    }

    private static boolean endsSentence(List<Tok> toks, int i) {
        if (i + 1 >= toks.size()) {
            return true;
        }
        Tok next = toks.get(i + 1);
        if (!next.space()) {
            return false;
        }
        if (i > 0) {
            Tok prev = toks.get(i - 1);
            if (prev.word() && ABBREVIATIONS.contains(prev.lower())
                    && (prev.text().length() == 1 || Character.isUpperCase(prev.text().charAt(0)))) {
                return false;
            }
        }
        return next.kind() != Tok.Kind.WORD || Character.isUpperCase(next.text().charAt(0)) || next.line();
    }

    private static int readNumber(String s, int i) {
        int n = s.length();
        boolean dot = false;
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == ',' && !dot && threeDigits(s, i + 1)) {
                i += 4;
            } else if (c == '.' && !dot && i + 1 < n && isDigit(s.charAt(i + 1))) {
                dot = true;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigits(String s, int i) {
        int n = s.length();
        return i + 2 < n && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && (i + 3 >= n || !isDigit(s.charAt(i + 3)));
    }

    private static boolean prevDigit(String s, int i) {
        return i > 0 && isDigit(s.charAt(i - 1));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || Character.isLetter(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static void add(List<Tok> out, String s, int start, int end, Tok.Kind kind, boolean space, boolean line) {
        out.add(Tok.of(s, start, end, kind, space, line));
    }
}
