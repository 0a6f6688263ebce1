package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names introduced with an age, as local news introduces victims and the accused: "Ilse Varga, 24, of …" and
 * "a 24-year-old Ilse Varga" / "24 year old Ilse Varga". The age is the person evidence, so a name the
 * {@link PeopleExtractor} drops for want of a title, a speech verb or a common given name is read here, also in a
 * title-case headline. Middle initials and suffixes ("Ilse T. Varga Jr., 24,") are left out of the name. Used as
 * clustering evidence only (the facts' people are not changed). Linear in the text.
 */
public final class AgedNames {
    private static final Set<String> SUFFIXES = Lexicon.set("jr", "sr", "ii", "iii", "iv");
    private static final int MAX_WORDS = 3;

    private AgedNames() {
    }

    /** The names with an age in {@code text}, as spelled (initials and suffixes left out), in text order. */
    public static List<String> read(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Tok> t = Tokenizer.tokens(text);
        for (int i = 0; i < t.size(); i++) {
            Tok x = t.get(i);
            if (x.num() && age(x)) {
                // "Name, 24," : the name ends at the comma before the age
                if (i >= 2 && t.get(i - 1).is(",") && i + 1 < t.size() && t.get(i + 1).is(",")) {
                    String n = before(t, i - 1);
                    if (n != null) {
                        out.add(n);
                    }
                }
                // "24-year-old Name", "24 year old Name", with at most one plain word between ("24-year-old man Name")
                int k = yearOld(t, i + 1);
                if (k > 0) {
                    String n = after(t, k);
                    if (n == null && k < t.size() && t.get(k).word() && !t.get(k).capitalized()) {
                        n = after(t, k + 1);
                    }
                    if (n != null) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    private static boolean age(Tok x) {
        return x.text().length() <= 2 && !x.text().startsWith("0");
    }

    /** The token after "-year-old" / "year old" following an age at {@code i}, or -1. */
    private static int yearOld(List<Tok> t, int i) {
        int k = i;
        if (k < t.size() && t.get(k).is("-")) {
            k++;
        }
        if (k >= t.size() || !(t.get(k).is("year") || t.get(k).is("years"))) {
            return -1;
        }
        k++;
        if (k < t.size() && t.get(k).is("-")) {
            k++;
        }
        return k < t.size() && t.get(k).is("old") ? k + 1 : -1;
    }

    /** The name ending just before token {@code end} (a comma), read backwards. */
    private static String before(List<Tok> t, int end) {
        int k = end - 1;
        k = skipSuffix(t, k);
        List<String> words = new ArrayList<>();
        while (k >= 0) {
            Tok x = t.get(k);
            if (x.is(".") && k >= 1 && initial(t.get(k - 1))) {
                k -= 2; // a middle initial
                continue;
            }
            if (!x.capitalized() || !PeopleExtractor.nameLike(x.text()) || PersonEvidence.ROLES.contains(x.lower())) {
                break;
            }
            if (words.size() == MAX_WORDS) {
                return null; // a longer capitalised run: a place or an organisation, not clearly a name
            }
            words.add(0, PeopleExtractor.clean(x.text()));
            k--;
        }
        return name(words);
    }

    /** The name starting at token {@code from}, read forwards. */
    private static String after(List<Tok> t, int from) {
        List<String> words = new ArrayList<>();
        int k = from;
        while (k < t.size()) {
            Tok x = t.get(k);
            if (initial(x) && k + 1 < t.size() && t.get(k + 1).is(".") && !words.isEmpty()) {
                k += 2;
                continue;
            }
            if (!x.capitalized() || !PeopleExtractor.nameLike(x.text()) || SUFFIXES.contains(x.lower())) {
                break;
            }
            if (words.size() == MAX_WORDS) {
                return null;
            }
            words.add(PeopleExtractor.clean(x.text()));
            k++;
        }
        return name(words);
    }

    private static String name(List<String> words) {
        if (words.size() < 2 || PersonEvidence.rejected(words)
                || PersonEvidence.ROLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return String.join(" ", words);
    }

    /** Skips a suffix written before the comma ("Varga Jr.", "Varga, Jr.", "Varga III"); returns the new index. */
    private static int skipSuffix(List<Tok> t, int k) {
        int j = k;
        if (j >= 0 && t.get(j).is(".")) {
            j--;
        }
        if (j >= 0 && t.get(j).word() && SUFFIXES.contains(t.get(j).lower())) {
            j--;
            if (j >= 0 && t.get(j).is(",")) {
                j--;
            }
            return j;
        }
        return k;
    }

    private static boolean initial(Tok x) {
        return x.word() && x.text().length() == 1 && Character.isUpperCase(x.text().charAt(0));
    }
}
