package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.NumberReader.Num;
import org.wirefold.processor.facts.UnitReader.Kind;
import org.wirefold.processor.facts.UnitReader.Unit;

/** Numbers that are not quantities: years, dates, times, ordinals, phone numbers, addresses, labels, ages. */
final class Filters {
    private static final Set<String> CAP_OK = Lexicon.set("about", "over", "nearly", "some", "around", "more", "only",
            "just", "almost", "roughly", "approximately", "under", "up", "down", "at", "and", "the", "all", "another",
            "by", "of", "with", "to", "in", "those", "these", "fewer", "less", "than", "least", "as", "among", "after",
            "killed", "kills", "killing", "injured", "injures", "frees", "free", "freed", "released", "releases",
            "release", "wounded", "dead", "are", "were", "is", "was", "has", "have", "had", "for", "from", "between",
            "nearly", "estimated", "another", "least", "than", "sends", "sent", "leaves", "left", "hurt", "hurts");
    private static final Set<String> DETERMINERS = Lexicon.set("the", "this", "that", "each", "every", "no", "any", "which",
            "someone", "anyone", "everyone", "no-one", "little");
    private static final Set<String> ONE_NOT_BEFORE = Lexicon.set("another", "day", "time", "way", "thing", "point",
            "hand", "side", "more", "or", "and", "who", "which", "that", "by", "another's", "person's", "else");

    private Filters() {
    }

    static boolean skip(List<Tok> t, int from, int to, int first, Num n, Unit u, String currency) {
        Tok a = t.get(n.first());
        int after = n.first() + 1;
        Tok next = after < to ? t.get(after) : null;
        Tok prev = first - 1 >= from ? t.get(first - 1) : null;
        if (next != null && (next.is("o'clock") || next.is("o’clock"))) {
            return true; // "around six o'clock": a time, in words as in digits
        }
        if (n.digits()) {
            String raw = a.text();
            boolean integer = raw.indexOf('.') < 0;
            // ordinals 14th, decades 1990s, "Channel 5s", times 5am / 10.45pm
            if (next != null && !next.space() && next.word() && (Lexicon.ORDINAL_SUFFIX.contains(next.lower())
                    || next.is("s") || Lexicon.TIME_WORDS.contains(next.lower()))) {
                return true;
            }
            if (next != null && (next.is(":") || next.is("'") || next.is("’")) && !next.space()
                    && after + 1 < to && t.get(after + 1).num()) {
                return true; // 4:39
            }
            if (prev != null && prev.is(":") && !a.space() && first - 2 >= from && t.get(first - 2).num()) {
                return true;
            }
            if (next != null && next.space() && Lexicon.TIME_WORDS.contains(next.lower()) && !next.is("am")) {
                return true;
            }
            if (next != null && (next.is("a") || next.is("p")) && after + 2 < to && t.get(after + 1).is(".")
                    && t.get(after + 2).is("m")) {
                return true; // 2:55 p.m.
            }
            if (currency == null && integer && n.value() <= 31 && isDate(t, from, to, first, after)) {
                return true;
            }
            if (currency == null && yearLike(raw, n) && isYear(t, from, first, u)) {
                return true;
            }
            if (phone(t, from, to, n.first(), raw)) {
                return true;
            }
            if (currency == null && integer && address(t, to, n.first(), n.next(), raw, prev)) {
                return true;
            }
            if (prev != null && prev.is("of") && first - 2 >= from && (t.get(first - 2).num()
                    || t.get(first - 2).is("/") && first - 3 >= from && t.get(first - 3).num())) {
                return true; // "Image 1 of 14", "page 2 of 5"
            }
            if (prev != null && prev.is("/") && prev.space() && a.space() && first - 2 >= from && t.get(first - 2).num()) {
                return true; // "1 / 14" under a gallery: a counter
            }
            if (currency == null && integer && (next != null && (next.is("block") || next.is("yo")
                    || next.is("-") && after + 1 < to && (t.get(after + 1).is("yo") || t.get(after + 1).is("y")))
                    || raw.equals("911") && !u.plural())) {
                return true; // "the 7500 block of", "6-yo", "call 911"
            }
            // COVID-19, TA-35, F-150: hyphen glued to a word before the number
            if (prev != null && prev.is("-") && !a.space() && first - 2 >= from) {
                Tok w = t.get(first - 2);
                if ((w.word() || w.kind() == Tok.Kind.ALNUM) && !w.is("sub") && !w.is("minus") && !w.is("mid")
                        && !w.is("over") && !w.is("under")) {
                    return true;
                }
            }
            if (prev != null && (prev.is("aged") || prev.is("both") || prev.is("ages") || prev.is("age")) && integer
                    && n.value() < 120 && (u.kind() == Kind.NONE || u.kind() == Kind.NOUN && !u.plural())) {
                return true; // "aged 25", "both 31"
            }
            // Maddon, 66, ... : an age in apposition
            if (prev != null && prev.is(",") && integer && n.value() < 120 && first - 2 >= from
                    && t.get(first - 2).capitalized() && u.kind() == Kind.NONE && next != null
                    && (next.is(",") || next.is(")"))) {
                return true;
            }
        }
        if (currency == null && prev != null && isLabel(prev, first, from) && (u.kind() == Kind.NONE
                || u.kind() == Kind.NOUN && !u.plural())) {
            return true;
        }
        return false;
    }

    private static boolean isLabel(Tok prev, int first, int from) {
        if (prev.kind() == Tok.Kind.ALNUM) {
            return true;
        }
        if (!prev.word()) {
            return prev.is("#") || prev.is("&");
        }
        if (Lexicon.LABELS.contains(prev.lower())) {
            return true;
        }
        return prev.capitalized() && !CAP_OK.contains(prev.lower()) && !Lexicon.MONTHS.contains(prev.lower())
                && !Lexicon.UP.contains(prev.lower()) && !Lexicon.DOWN.contains(prev.lower());
    }

    private static boolean isDate(List<Tok> t, int from, int to, int first, int after) {
        int k = first - 1;
        if (k >= from && t.get(k).is(".") && k - 1 >= from) {
            k--;
        }
        if (k >= from && Lexicon.MONTHS.contains(t.get(k).lower()) && (t.get(k).capitalized())) {
            return true;
        }
        if (k >= from && t.get(k).is("of") && k - 1 >= from && Lexicon.MONTHS.contains(t.get(k - 1).lower())) {
            return false;
        }
        int m = after;
        if (m < to && (t.get(m).word() && Lexicon.ORDINAL_SUFFIX.contains(t.get(m).lower()))) {
            m++;
        }
        if (m < to && t.get(m).is("of")) {
            m++;
        }
        return m < to && t.get(m).capitalized() && Lexicon.MONTHS.contains(t.get(m).lower())
                && !t.get(m).is("may") && !t.get(m).is("march");
    }

    private static boolean yearLike(String raw, Num n) {
        return raw.length() == 4 && raw.indexOf(',') < 0 && raw.indexOf('.') < 0 && !n.scaled()
                && n.value() >= 1000 && n.value() <= 2200;
    }

    private static boolean isYear(List<Tok> t, int from, int first, Unit u) {
        if (u.kind() == Kind.PERCENT || u.kind() == Kind.CURRENCY || u.kind() == Kind.MEASURE
                && !Lexicon.TIME_UNITS.contains(u.unit().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        Tok prev = first - 1 >= from ? t.get(first - 1) : null;
        String p = prev == null ? "" : prev.lower();
        if (p.equals("than") || p.equals("over") || p.equals("about") || p.equals("around") || p.equals("nearly")
                || p.equals("some") || p.equals("least") || p.equals("under")) {
            return false;
        }
        if (prev != null && prev.capitalized() && !CAP_OK.contains(p)) {
            return true;
        }
        if (u.kind() == Kind.NOUN && u.plural() && !Lexicon.YEAR_CUES.contains(p) && !Lexicon.MONTHS.contains(p)) {
            return false;
        }
        return true;
    }

    private static boolean phone(List<Tok> t, int from, int to, int i, String raw) {
        if (raw.indexOf('.') < 0 && raw.indexOf(',') < 0 && (dashedDigits(t, i, to) || i - 2 >= from
                && t.get(i - 1).is("-") && !t.get(i - 1).space() && !t.get(i).space() && t.get(i - 2).num()
                && (dashedDigits(t, i - 2, to) || i - 4 >= from && dashedDigits(t, i - 4, to)))) {
            return true; // 843-554-1111, 1-800-458-8477
        }
        boolean three = raw.length() == 3 && raw.indexOf('.') < 0 && raw.indexOf(',') < 0;
        if (three && i + 2 < to && t.get(i + 1).is("-") && !t.get(i + 1).space() && t.get(i + 2).num()
                && t.get(i + 2).text().length() == 4) {
            return true;
        }
        if (raw.length() == 4 && i - 2 >= from && t.get(i - 1).is("-") && !t.get(i - 1).space()
                && t.get(i - 2).num() && t.get(i - 2).text().length() == 3) {
            return true;
        }
        if (three && i - 1 >= from && t.get(i - 1).is("(") && i + 2 < to && t.get(i + 1).is(")")
                && t.get(i + 2).num()) {
            return true;
        }
        if (three && i - 2 >= from && t.get(i - 1).is(")") && t.get(i - 2).num()
                && t.get(i - 2).text().length() == 3) {
            return true;
        }
        return false;
    }

    /** Three digit groups joined by glued dashes: a phone number. */
    private static boolean dashedDigits(List<Tok> t, int i, int to) {
        return i + 4 < to && t.get(i).num() && t.get(i + 1).is("-") && !t.get(i + 1).space() && t.get(i + 2).num()
                && !t.get(i + 2).space() && t.get(i + 3).is("-") && !t.get(i + 3).space()
                && (t.get(i + 4).num() || t.get(i + 4).word()) && !t.get(i + 4).space();
    }

    private static boolean address(List<Tok> t, int to, int i, int next, String raw, Tok prev) {
        if (raw.indexOf(',') >= 0) {
            return false;
        }
        int k = next;
        int caps = 0;
        while (k < to && caps < 4 && (t.get(k).capitalized() || t.get(k).kind() == Tok.Kind.ALNUM
                || t.get(k).num() && caps > 0 && t.get(k).text().length() <= 3
                || t.get(k).word() && !t.get(k).space() && Lexicon.ORDINAL_SUFFIX.contains(t.get(k).lower()))) {
            if (t.get(k).capitalized() && Lexicon.STREETS.contains(t.get(k).lower())) {
                return true;
            }
            caps++;
            k++;
        }
        return caps > 0 && prev != null && (prev.is("at") || prev.is("on")) && raw.length() >= 3
                && !Lexicon.UNITS.contains(t.get(next).lower());
    }

    /** The word "one" counts only before a noun ("one solution", "one of the best…"), not as a pronoun. */
    static boolean countedOne(List<Tok> t, int from, int to, Num n, Unit u) {
        int i = n.first();
        if (i - 1 >= from && DETERMINERS.contains(t.get(i - 1).lower())) {
            return false;
        }
        if (!t.get(i).is("one")) {
            return true;
        }
        int j = n.next();
        if (u.kind() == Kind.NONE) {
            for (int k = j; k < to && k < j + 3; k++) {
                String w = t.get(k).lower();
                if (Predicates.isPredicate(w)) {
                    return true;
                }
                if (!w.equals("was") && !w.equals("is") && !w.equals("were") && !w.equals("been") && !w.equals("has")
                        && !w.equals("had") && !w.equals("person")) {
                    return false;
                }
            }
            return false;
        }
        return j < to && !ONE_NOT_BEFORE.contains(t.get(j).lower());
    }
}
