package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.NumberReader.Num;
import org.wirefold.processor.facts.UnitReader.Kind;
import org.wirefold.processor.facts.UnitReader.Unit;

/**
 * Finds the quantities of a text: numbers in digits or words with their scale, currency, unit or counted noun,
 * qualifier ({@code = ~ > < up down}) and ranges, skipping years, dates, times, ordinals, phone numbers, street
 * addresses and numbers that are part of a name ({@code FTSE 100}, {@code Game 7}). Rule based, hand-written
 * tokenizer, bounded look-around: linear time on any input. Thread-safe.
 */
public final class QuantityExtractor {
    private static final Set<String> CURRENCY_SIGNS = Lexicon.set("$", "€", "£", "¥", "₹", "₩", "₽");
    private static final Set<String> CURRENCY_CODES = Lexicon.set("usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "cny",
            "inr", "rm", "ps", "rs", "sgd", "hk", "us", "a", "c", "nz", "au", "ca", "s", "r", "dkk", "sek", "nok");
    /**
     * One quantity with the token positions the fact extractor needs.
     *
     * @param first   first token of the span (currency sign or qualifier-free start)
     * @param next    token after the span (after the unit)
     * @param number  token where the number itself starts
     */
    record Hit(List<Tok> toks, int from, int to, int first, int next, int number, Quantity quantity, Kind kind,
               boolean other, boolean vague, boolean digits, boolean plural) {
    }

    /** Quantities of {@code text} in reading order. */
    public List<Quantity> extract(String text) {
        List<Quantity> out = new ArrayList<>();
        for (Hit h : hits(text)) {
            out.add(h.quantity());
        }
        return out;
    }

    List<Hit> hits(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        List<Tok> toks = Tokenizer.tokens(text);
        return hits(text, toks, Tokenizer.sentences(toks));
    }

    List<Hit> hits(String text, List<Tok> toks, List<int[]> sentences) {
        List<Hit> out = new ArrayList<>();
        for (int[] s : sentences) {
            sentence(text, toks, s[0], s[1], out);
        }
        return out;
    }

    private void sentence(String text, List<Tok> t, int from, int to, List<Hit> out) {
        int i = from;
        Hit last = null;
        while (i < to) {
            int numAt = i;
            boolean negative = false;
            if (t.get(i).is("minus") && i + 1 < to) {
                numAt = i + 1 < to && t.get(i + 1).is("-") ? i + 2 : i + 1;
                negative = true;
                if (numAt >= to || !t.get(numAt).num()) {
                    i++;
                    continue;
                }
            } else if (t.get(i).is("-") && i + 1 < to && t.get(i + 1).num() && !t.get(i + 1).space() && i > from
                    && CURRENCY_SIGNS.contains(t.get(i - 1).text())) {
                numAt = i + 1;
                negative = true;
            }
            int curAt = currencyStart(t, from, negative && !t.get(i).is("minus") ? i : numAt);
            String currency = curAt < 0 ? null : currencyText(t, curAt, numAt);
            Num n = NumberReader.read(t, numAt, to, currency != null);
            if (n == null) {
                i++;
                continue;
            }
            int first = curAt >= 0 ? curAt : i;
            Hit h = build(text, t, from, to, first, n, currency, negative, last);
            if (h == null) {
                i = Math.max(n.next(), i + 1);
                continue;
            }
            if (h.quantity() != null) {
                out.add(h);
                last = h;
            }
            i = Math.max(h.next(), i + 1);
        }
    }

    private Hit build(String text, List<Tok> t, int from, int to, int first, Num n, String currency, boolean negative,
                      Hit last) {
        Unit u = UnitReader.read(t, n.next(), to, currency, n.value() == 1 && n.upper() == null);
        if (u.kind() == Kind.NONE && (n.upper() != null || n.value() < 1) && n.next() + 1 < to
                && t.get(n.next()).is("of")) { // thousands of tests, 1/16 of a pint
            int p = n.next() + 1;
            if (t.get(p).is("a") || t.get(p).is("an") || t.get(p).is("the")) {
                p++;
            }
            Unit of = UnitReader.read(t, p, to, null);
            if (of.kind() != Kind.NONE) {
                u = of;
            }
        }
        if (Filters.skip(t, from, to, first, n, u, currency)) {
            return null;
        }
        if (!n.digits() && n.value() == 1 && n.upper() == null && !Filters.countedOne(t, from, to, n, u)) {
            return null;
        }
        double value = negative ? -n.value() : n.value();
        Double upper = n.upper();
        String change = Qualifiers.before(t, from, first, n);
        int next = u.next();
        Kind kind = u.kind();
        String unit = u.unit();
        boolean plural = u.plural();
        // ranges: 19-20, 5 to 7 per cent, between $62 and $68, from 208 pounds to 193
        Ranges.Range r = Ranges.after(t, from, to, first, n, u, currency, change);
        if (r != null) {
            if (r.score()) {
                return new Hit(t, from, to, first, r.next(), n.first(), null, Kind.NONE, false, false, true, false);
            }
            value = r.low();
            upper = r.high();
            next = r.next();
            if (!r.unit().isEmpty()) {
                unit = r.unit();
                kind = r.kind();
                plural = r.plural();
            }
            if (change.equals("up") || change.equals("down") || change.equals(">") || change.equals("<")) {
                change = r.fromTo() ? "=" : change;
            }
        } else {
            String post = Qualifiers.after(t, next, to);
            if (post != null && change.equals("=")) {
                change = post;
            }
        }
        if (n.upper() != null && r == null) {
            change = "=";
        }
        if (last != null && first - 1 >= from && last.next() == first - 1 && change.equals("=")
                && (t.get(first - 1).is("(") || t.get(first - 1).is("/"))) {
            change = last.quantity().change(); // a conversion in brackets: "just under 296 hp (224 kW)"
        }
        if (last != null && change.equals("=") && elliptical(t, from, last, first)) {
            change = last.quantity().change(); // "Ross was down 2.3%, Burlington by 2.6%"
        }
        int end = t.get(next - 1).end();
        String span = text.substring(t.get(first).start(), end);
        Quantity q = new Quantity(value, upper, change, unit, "", span, t.get(first).start(), end);
        return new Hit(t, from, to, first, next, n.first(), q, kind, u.other(), n.upper() != null, n.digits(), plural);
    }

    /** A change with its verb left out: ", Name by X" right after a change. */
    private static boolean elliptical(List<Tok> t, int from, Hit last, int first) {
        String c = last.quantity().change();
        if (!c.equals("up") && !c.equals("down") || first - 3 < from || !t.get(first - 1).is("by")) {
            return false;
        }
        int k = first - 2;
        while (k > last.next() && t.get(k).capitalized()) {
            k--;
        }
        return k < first - 2 && k >= last.next() && t.get(k).is(",");
    }

    /** Index of a currency sign or code written just before the number at {@code numAt}, or -1. */
    private static int currencyStart(List<Tok> t, int from, int numAt) {
        int k = numAt - 1;
        if (k < from) {
            return -1;
        }
        int found = -1;
        // Y=28,030 (yen)
        if (t.get(k).is("=") && k - 1 >= from && t.get(k - 1).is("y")) {
            return k - 1;
        }
        for (int steps = 0; steps < 2 && k >= from; steps++, k--) {
            Tok x = t.get(k);
            boolean sign = CURRENCY_SIGNS.contains(x.text());
            boolean code = x.word() && CURRENCY_CODES.contains(x.lower()) && x.text().length() <= 3
                    && (x.lower().length() > 1 || (k - 1 >= from && t.get(k - 1).is("$")) || sign)
                    && (found >= 0 || !t.get(k + 1).space() || x.text().length() == 3 && !x.lower().equals("rs"));
            if (x.word() && x.text().length() <= 2 && !x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT))) {
                code = false; // "us", "a": ordinary words
            }
            if (sign || code) {
                found = k;
            } else {
                break;
            }
        }
        return found;
    }

    private static String currencyText(List<Tok> t, int a, int numAt) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < numAt; k++) {
            if (!t.get(k).is("-")) {
                sb.append(t.get(k).text());
            }
        }
        return sb.toString();
    }
}
