package org.wirefold.processor.facts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Transliteration-tolerant keys for person names: a consonant skeleton (Tsikhanouskaya and Tikhanovskaya both give
 * {@code tnvsk}; Viktar and Viktor give {@code vktr}) and the grammatical gender of Slavic surname endings
 * (Tikhanovsky is not Tikhanovskaya).
 */
final class NameKey {
    private NameKey() {
    }

    /** Gender read from a surname ending: 'f', 'm' or '?' when the ending says nothing. */
    static char gender(String surname) {
        String s = fold(surname);
        for (String e : new String[] {"skaya", "ckaya", "aya", "ova", "eva", "ina", "yna", "ska", "cka"}) {
            if (s.endsWith(e) && s.length() > e.length() + 2) {
                return 'f';
            }
        }
        for (String e : new String[] {"ovich", "evich", "sky", "ski", "skiy", "skii", "ckiy", "cki", "ov", "ev", "in", "yn"}) {
            if (s.endsWith(e) && s.length() > e.length() + 2) {
                return 'm';
            }
        }
        return '?';
    }

    static boolean genderCompatible(String a, String b) {
        char x = gender(a);
        char y = gender(b);
        return x == '?' || y == '?' || x == y;
    }

    /** Consonant skeleton after folding common transliteration differences. */
    static String skeleton(String name) {
        String s = fold(name);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            // Belarusian "ou" before a consonant is Russian "ov" (Tsikhanouskaya / Tikhanovskaya)
            if (c == 'u' && i > 0 && s.charAt(i - 1) == 'o' && !vowel(n) && n != ' ') {
                sb.append('v');
                continue;
            }
            if ((c == 't' && (n == 's' || n == 'z')) || (c == 'c' && n == 'k') || (c == 'p' && n == 'h')) {
                sb.append(c == 'p' ? 'f' : c == 'c' ? 'k' : 't');
                i++;
                continue;
            }
            if ((c == 'k' || c == 'z' || c == 's' || c == 'c') && n == 'h') {
                sb.append(c == 'c' ? 'k' : c);
                i++;
                continue;
            }
            switch (c) {
                case 'w' -> sb.append('v');
                case 'q', 'c' -> sb.append('k');
                case 'x' -> sb.append("ks");
                case 'h', 'y', 'j', 'a', 'e', 'i', 'o', 'u' -> {
                }
                default -> {
                    if (Character.isLetter(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        // collapse doubled consonants
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i) != sb.charAt(i - 1)) {
                out.append(sb.charAt(i));
            }
        }
        return out.toString();
    }

    /** First names agree: same skeleton, one a prefix of the other (Alex / Alexander), or an initial. */
    static boolean firstCompatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = skeleton(a);
        String y = skeleton(b);
        if (x.isEmpty() || y.isEmpty()) {
            return fold(a).charAt(0) == fold(b).charAt(0);
        }
        if (a.length() <= 2 || b.length() <= 2) {
            return fold(a).charAt(0) == fold(b).charAt(0);
        }
        return x.equals(y) || x.length() >= 2 && y.length() >= 2 && (x.startsWith(y) || y.startsWith(x));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
