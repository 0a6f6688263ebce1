package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads what follows a number: a unit ({@code %}, {@code km/h}, {@code square miles}) or a counted noun phrase. */
final class UnitReader {
    private UnitReader() {
    }

    /** Kinds of unit. */
    enum Kind { PERCENT, CURRENCY, MEASURE, NOUN, NONE }

    /**
     * @param unit   as written, empty when none
     * @param next   token index after the unit
     * @param other  the phrase began with "other" ("113 other prisoners")
     * @param plural the counted noun is plural
     */
    record Unit(String unit, Kind kind, int next, boolean other, boolean plural) {
        static Unit none(int at) {
            return new Unit("", Kind.NONE, at, false, false);
        }
    }

    private static final Set<String> ATTACHED_ONLY = Lexicon.set("in", "a", "s", "t", "h", "m", "g", "l", "c", "f", "v",
            "w", "x", "ps", "ct", "ha", "min", "sec", "mi", "b", "k", "db", "mb", "kb", "pc", "nm", "bp");
    private static final Set<String> SPACED_LETTERS = Lexicon.set("C", "F", "W", "V", "PS", "dB", "MB", "KB", "p", "nm", "bp");
    /** Symbols that can start a unit. */
    private static final Set<String> UNIT_SIGNS = Lexicon.set("%", "″", "\"", "°", "μ", "µ", "€", "£", "$", "¥", "'");
    private static final Set<String> PERCENT = Lexicon.set("%", "percent", "per cent", "pc", "percentage points",
            "percentage point", "percent-owned");
    private static final Set<String> RATE_WORDS = Lexicon.set("day", "week", "month", "year", "hour", "minute", "second",
            "barrel", "ounce", "share", "gallon", "gram", "kilogram", "pound", "head", "person", "night", "game",
            "season", "ton", "tonne", "litre", "liter", "kilo", "unit");
    private static final Set<String> POST_CURRENCY = Lexicon.set("dollars", "dollar", "euros", "euro", "yen", "yuan",
            "renminbi", "shekels", "shekel", "rupees", "rupee", "francs", "franc", "crowns", "kronor", "krona", "kroner",
            "krone", "rubles", "roubles", "ruble", "rouble", "pesos", "peso", "reais", "rand", "ringgit", "baht",
            "dinars", "dirhams", "riyals", "lira", "zloty", "kuna", "sen", "cents", "cent", "pence", "p", "€", "£", "$",
            "bitcoin", "bitcoins", "usd", "eur", "gbp", "jpy");

    static Unit read(List<Tok> t, int j, int to, String currency) {
        return read(t, j, to, currency, false);
    }

    /** @param singular the number is one: a plural-looking word after the first noun is a verb ("one proposal asks") */
    static Unit read(List<Tok> t, int j, int to, String currency, boolean singular) {
        if (currency != null) {
            int q = skipUs(t, j, to);
            StringBuilder u = new StringBuilder(currency);
            q = rate(t, q, to, u);
            return new Unit(u.toString(), Kind.CURRENCY, q, false, false);
        }
        int p = j;
        if (p + 1 < to && t.get(p).is("-") && !t.get(p).space() && !t.get(p + 1).space() && t.get(p + 1).word()) {
            p++;
        }
        if (p >= to || t.get(p).num() || t.get(p).kind() == Tok.Kind.ALNUM
                || t.get(p).kind() == Tok.Kind.SYM && !UNIT_SIGNS.contains(t.get(p).text())) {
            return Unit.none(j);
        }
        for (int len = Math.min(3, to - p); len >= 1; len--) {
            String joined = join(t, p, p + len);
            if (joined == null) {
                continue;
            }
            String lower = joined.toLowerCase(Locale.ROOT);
            boolean unit = Lexicon.UNITS.contains(lower);
            boolean money = POST_CURRENCY.contains(lower);
            if (!unit && !money) {
                continue;
            }
            boolean attached = !t.get(p).space();
            if (len == 1 && ATTACHED_ONLY.contains(lower) && !attached && !SPACED_LETTERS.contains(joined)) {
                continue;
            }
            StringBuilder u = new StringBuilder(joined);
            int q = p + len;
            if (q < to && (t.get(q).is("celsius") || t.get(q).is("fahrenheit")) && lower.startsWith("degree")) {
                u.append(' ').append(t.get(q).text());
                q++;
            }
            q = hyphenTail(t, q, to, u);
            q = rate(t, q, to, u);
            Kind kind = PERCENT.contains(lower) ? Kind.PERCENT : money ? Kind.CURRENCY : Kind.MEASURE;
            return new Unit(u.toString(), kind, q, false, lower.endsWith("s"));
        }
        return noun(t, p, to, singular);
    }

    private static Unit noun(List<Tok> t, int p, int to, boolean singular) {
        int q = p;
        boolean other = false;
        if (q < to && (t.get(q).is("other") || t.get(q).is("others"))) {
            other = true;
            if (t.get(q).is("others")) {
                return new Unit("others", Kind.NOUN, q + 1, true, true);
            }
            q++;
        } else if (q + 1 < to && (t.get(q).is("more") || t.get(q).is("additional")) && !t.get(q + 1).is("than")) {
            q++;
        }
        boolean ofThe = q + 1 < to && t.get(q).is("of");
        if (q + 1 < to && t.get(q).is("of") && Set.of("the", "his", "her", "their", "its", "our", "my", "your")
                .contains(t.get(q + 1).lower())) {
            q += 2;
            if (q < to && t.get(q).is("most")) {
                q++;
            }
        }
        List<String> words = new ArrayList<>();
        boolean plural = false;
        int end = p;
        while (q < to && words.size() < 4) {
            Tok w = t.get(q);
            if (!w.word()) {
                break;
            }
            String lw = w.lower();
            if (Lexicon.STOP.contains(lw) || Lexicon.MONTHS.contains(lw) || Lexicon.DAYS.contains(lw)
                    || Lexicon.SMALL.containsKey(lw) || Lexicon.TENS.containsKey(lw) || Lexicon.SCALES.containsKey(lw)
                    || Lexicon.UP.contains(lw) || Lexicon.DOWN.contains(lw) || lw.endsWith("ly") && lw.length() > 4
                    || Lexicon.TIME_WORDS.contains(lw)) {
                break;
            }
            if ((lw.endsWith("ing") || lw.endsWith("ed") || Predicates.isPredicate(lw)) && lw.length() > 3
                    && !nextIsPlural(t, q + 1, to)) {
                break;
            }
            if (singular && !ofThe && !words.isEmpty() && isPlural(lw)) {
                break;
            }
            StringBuilder word = new StringBuilder(w.text());
            q++;
            while (q + 1 < to && t.get(q).is("-") && !t.get(q).space() && !t.get(q + 1).space() && t.get(q + 1).word()) {
                word.append('-').append(t.get(q + 1).text());
                q += 2;
            }
            words.add(word.toString());
            end = q;
            if (isPlural(word.toString().toLowerCase(Locale.ROOT))) {
                plural = true;
                break;
            }
        }
        if (words.isEmpty()) {
            return new Unit("", Kind.NONE, p, other, false);
        }
        return new Unit(String.join(" ", words), Kind.NOUN, end, other, plural);
    }

    private static boolean nextIsPlural(List<Tok> t, int q, int to) {
        return q < to && t.get(q).word() && !Lexicon.STOP.contains(t.get(q).lower()) && isPlural(t.get(q).lower());
    }

    static boolean isPlural(String w) {
        int dash = w.lastIndexOf('-');
        String last = dash >= 0 ? w.substring(dash + 1) : w;
        if (Lexicon.IRREGULAR.containsKey(last)) {
            return true;
        }
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                && !last.endsWith("is") && !last.endsWith("'s") && !last.endsWith("’s");
    }

    /** Joins tokens {@code [a, b)} as written (spaces kept, attached symbols glued); null if not words/symbols. */
    private static String join(List<Tok> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            Tok x = t.get(k);
            if (x.num() && !(k > a && x.text().equals("2"))) {
                return null;
            }
            if (k > a && x.space()) {
                sb.append(' ');
            }
            sb.append(x.text());
        }
        return sb.toString();
    }

    private static int hyphenTail(List<Tok> t, int q, int to, StringBuilder u) {
        while (q + 1 < to && t.get(q).is("-") && !t.get(q).space() && !t.get(q + 1).space() && t.get(q + 1).word()) {
            u.append('-').append(t.get(q + 1).text());
            q += 2;
        }
        return q;
    }

    /** Appends "per X" for {@code per X}, {@code a X}, {@code an X}, {@code /X}. */
    private static int rate(List<Tok> t, int q, int to, StringBuilder u) {
        if (q + 1 >= to) {
            return q;
        }
        Tok c = t.get(q);
        boolean per = c.is("per") || (c.is("/") && !c.space() && !t.get(q + 1).space());
        boolean article = (c.is("a") || c.is("an")) && RATE_WORDS.contains(t.get(q + 1).lower());
        if (!per && !article) {
            return q;
        }
        int r = q + 1;
        if (per && r < to && (t.get(r).is("a") || t.get(r).is("an"))) {
            r++;
        }
        List<String> words = new ArrayList<>();
        while (r < to && words.size() < 2 && t.get(r).word() && !Lexicon.STOP.contains(t.get(r).lower())) {
            words.add(t.get(r).text());
            r++;
            if (RATE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                    || Lexicon.UNITS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        if (words.isEmpty()) {
            return q;
        }
        u.append(" per ").append(String.join(" ", words));
        return r;
    }

    /** Skips "US" / "U.S." written after an amount ({@code $76 US a barrel}). */
    private static int skipUs(List<Tok> t, int q, int to) {
        if (q < to && t.get(q).is("us")) {
            return q + 1;
        }
        if (q + 3 < to && t.get(q).is("u") && t.get(q + 1).is(".") && t.get(q + 2).is("s") && t.get(q + 3).is(".")) {
            return q + 4;
        }
        return q;
    }
}
