package org.wirefold.processor.facts;

import java.util.List;

/**
 * Reads one number starting at a token: digits with scale words or suffixes ({@code 2.5 million}, {@code $8.1bn}),
 * fractions ({@code 1/16}), number words ({@code Fifty-eight}, {@code three hundred}, {@code a dozen}) and vague
 * amounts ({@code hundreds}, {@code tens of thousands}). Bounded look-ahead: a few tokens per call.
 */
final class NumberReader {
    private static final java.util.Set<String> HALVES = java.util.Set.of("first", "second", "latter", "former", "other",
            "top", "bottom", "upper", "lower", "northern", "southern", "eastern", "western", "back", "front");
    private NumberReader() {
    }

    /**
     * A number read from tokens {@code [first, next)}.
     *
     * @param digits  written in digits
     * @param raw     value before any scale word (for range scale propagation)
     * @param scaled  a scale word or suffix was applied
     * @param upper   upper bound of a vague amount, else null
     */
    record Num(int first, int next, double value, double raw, boolean digits, boolean scaled, Double upper) {
    }

    static Num read(List<Tok> t, int i, int to, boolean currency) {
        Tok a = t.get(i);
        if (a.num()) {
            return digits(t, i, to, currency);
        }
        if (!a.word()) {
            return null;
        }
        String w = a.lower();
        Num part = fraction(t, i, to);
        if (part != null) {
            return part;
        }
        if ((w.equals("a") || w.equals("an")) && i + 1 < to) {
            String n = t.get(i + 1).lower();
            if (n.equals("dozen") || Lexicon.SCALES.containsKey(n)) {
                Num rest = words(t, i + 1, to);
                return rest == null ? null : new Num(i, rest.next, rest.value, rest.raw, false, rest.scaled, null);
            }
            return null;
        }
        if (Lexicon.VAGUE.containsKey(w)) {
            return vague(t, i, to);
        }
        return words(t, i, to);
    }

    private static Num digits(List<Tok> t, int i, int to, boolean currency) {
        Tok a = t.get(i);
        double v;
        try {
            v = Double.parseDouble(a.text().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        int j = i + 1;
        // fraction 1/16 or 1⁄32
        if (j + 1 < to && !t.get(j).space() && (t.get(j).is("/") || t.get(j).is("⁄")) && t.get(j + 1).num()
                && !t.get(j + 1).space() && a.text().indexOf('.') < 0 && a.text().indexOf(',') < 0) {
            double d = Double.parseDouble(t.get(j + 1).text().replace(",", ""));
            boolean date = j + 2 < to && t.get(j + 2).is("/") && !t.get(j + 2).space();
            if (d > 0 && d <= 1000 && v < d && !date) {
                return new Num(i, j + 2, v / d, v / d, true, false, null);
            }
            return null;
        }
        double raw = v;
        boolean scaled = false;
        if (j < to && !t.get(j).space() && t.get(j).word()) {
            String suf = t.get(j).text();
            Double s = Lexicon.SCALE_SUFFIX.get(suf.toLowerCase(java.util.Locale.ROOT));
            boolean ok = s != null && (suf.length() > 1 || currency || suf.equals("M") || suf.equals("K")
                    || suf.equals("k") && !nextIsUnitish(t, j + 1, to));
            if (ok && suf.equals("b")) {
                ok = currency;
            }
            if (ok) {
                v *= s;
                scaled = true;
                j++;
            }
        }
        while (!scaled && j < to && t.get(j).word() && Lexicon.SCALES.containsKey(t.get(j).lower())) {
            v *= Lexicon.SCALES.get(t.get(j).lower());
            j++;
            if (j < to && t.get(j).word() && Lexicon.SCALES.containsKey(t.get(j).lower())
                    && Lexicon.SCALES.get(t.get(j).lower()) > Lexicon.SCALES.get(t.get(j - 1).lower())) {
                continue;
            }
            scaled = true;
        }
        return new Num(i, j, v, raw, true, scaled, null);
    }

    private static boolean nextIsUnitish(List<Tok> t, int j, int to) {
        return j < to && t.get(j).word() && !t.get(j).space();
    }

    private static Num vague(List<Tok> t, int i, int to) {
        String w = t.get(i).lower();
        double[] r = Lexicon.VAGUE.get(w);
        boolean of = i + 1 < to && t.get(i + 1).is("of");
        if (of && i + 2 < to) {
            String n = t.get(i + 2).lower();
            double[] inner = Lexicon.VAGUE.get(n);
            if (inner != null && inner[0] >= 1000) { // tens of thousands, hundreds of millions
                double[] out = {r[0] * inner[0], r[0] * inner[0] * 10};
                return new Num(i, i + 3, out[0], out[0], false, true, out[1]);
            }
        }
        if (w.equals("tens") || w.equals("scores")) {
            return null;
        }
        if (!of) { // "Hundreds were arrested", "thousands detained": a verb-like word must follow
            if (i + 1 >= to || !t.get(i + 1).word() || Character.isUpperCase(t.get(i + 1).text().charAt(0))) {
                return null;
            }
        }
        return new Num(i, i + 1, r[0], r[0], false, false, r[1]);
    }

    /**
     * A fraction in words before "of": {@code half of}, {@code a third of}, {@code two-thirds of},
     * {@code three quarters of} ("the third quarter", "half-time" and "first half" are not read). "half the" counts
     * too ("half the homes").
     */
    private static Num fraction(List<Tok> t, int i, int to) {
        String w = t.get(i).lower();
        if (w.equals("half")) {
            boolean of = i + 1 < to && (t.get(i + 1).is("of") || t.get(i + 1).is("the"));
            boolean compound = i > 0 && t.get(i - 1).is("-") && !t.get(i).space();
            boolean part = i > 0 && HALVES.contains(t.get(i - 1).lower()); // "the first half of the match"
            return of && !compound && !part ? new Num(i, i + 1, 0.5, 0.5, false, false, null) : null;
        }
        int numerator = w.equals("a") || w.equals("an") || w.equals("one") ? 1 : Lexicon.SMALL.getOrDefault(w, 0);
        if (numerator < 1 || numerator > 9) {
            return null;
        }
        int j = i + 1;
        if (j + 1 < to && t.get(j).is("-") && !t.get(j).space() && !t.get(j + 1).space()) {
            j++;
        }
        Integer denominator = j < to ? Lexicon.DENOMINATORS.get(t.get(j).lower()) : null;
        if (denominator == null || numerator >= denominator || j + 1 >= to || !t.get(j + 1).is("of")) {
            return null;
        }
        double v = numerator / (double) denominator;
        return new Num(i, j + 1, v, v, false, false, null);
    }

    /** Number words: {@code one}, {@code Fifty-eight}, {@code twenty one}, {@code three hundred}, {@code dozen}. */
    private static Num words(List<Tok> t, int i, int to) {
        String w = t.get(i).lower();
        int j = i;
        double v;
        if (Lexicon.TENS.containsKey(w)) {
            v = Lexicon.TENS.get(w);
            j = i + 1;
            if (j + 1 < to && t.get(j).is("-") && !t.get(j).space() && unit(t.get(j + 1)) > 0) {
                v += unit(t.get(j + 1));
                j += 2;
            } else if (j < to && unit(t.get(j)) > 0) {
                v += unit(t.get(j));
                j++;
            }
        } else if (Lexicon.SMALL.containsKey(w)) {
            v = Lexicon.SMALL.get(w);
            j = i + 1;
        } else if (Lexicon.SCALES.containsKey(w) && i > 0 && (t.get(i - 1).is("a") || t.get(i - 1).is("an"))) {
            v = 1;
            j = i + 1;
        } else {
            return null;
        }
        boolean scaled = false;
        double raw = v;
        if (w.equals("dozen") && i > 0 && !(t.get(i - 1).is("a") || t.get(i - 1).is("an") || t.get(i - 1).num())) {
            return null;
        }
        if (Lexicon.SCALES.containsKey(w)) {
            v = Lexicon.SCALES.get(w);
            scaled = true;
        }
        if (j < to && t.get(j).is("hundred")) {
            v *= 100;
            j++;
            scaled = true;
            if (j + 1 < to && t.get(j).is("and") && (Lexicon.SMALL.containsKey(t.get(j + 1).lower())
                    || Lexicon.TENS.containsKey(t.get(j + 1).lower()))) {
                Num rest = words(t, j + 1, to);
                if (rest != null && rest.value < 100) {
                    v += rest.value;
                    j = rest.next;
                }
            }
        }
        while (j < to && t.get(j).word() && Lexicon.SCALES.containsKey(t.get(j).lower()) && !t.get(j).is("hundred")) {
            v *= Lexicon.SCALES.get(t.get(j).lower());
            j++;
            scaled = true;
        }
        return new Num(i, j, v, raw, false, scaled, null);
    }

    private static int unit(Tok t) {
        Integer v = Lexicon.SMALL.get(t.lower());
        return v != null && v > 0 && v < 10 ? v : 0;
    }
}
