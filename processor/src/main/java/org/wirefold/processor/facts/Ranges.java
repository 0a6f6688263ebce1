package org.wirefold.processor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirefold.processor.facts.NumberReader.Num;
import org.wirefold.processor.facts.UnitReader.Kind;
import org.wirefold.processor.facts.UnitReader.Unit;

/** Ranges after a first number: {@code 19-20}, {@code 5 to 7 per cent}, {@code between $62 and $68}, {@code from A to B}. */
final class Ranges {
    private static final Set<String> DASHES = Lexicon.set("-", "–", "—");
    private static final Set<String> SIGNS = Lexicon.set("$", "€", "£", "¥");

    private Ranges() {
    }

    /**
     * @param score  the pair is a score ({@code 2-0}, {@code 89-89}), not a quantity
     * @param fromTo written as "from A to B"
     */
    record Range(double low, double high, int next, String unit, Kind kind, boolean plural, boolean score,
                 boolean fromTo) {
    }

    static Range after(List<Tok> t, int from, int to, int first, Num n, Unit u, String currency, String change) {
        int k = u.kind() == Kind.NONE ? n.next() : u.next();
        if (k >= to || n.upper() != null) {
            return null;
        }
        Tok c = t.get(k);
        boolean fromWord = precededByFrom(t, from, first);
        boolean between = first - 1 >= from && t.get(first - 1).is("between")
                || first - 2 >= from && t.get(first - 2).is("between");
        boolean dash = DASHES.contains(c.text());
        boolean toWord = c.is("to") && (u.kind() == Kind.NONE || !change.equals("up") && !change.equals("down"));
        boolean and = c.is("and") && between || c.is("or") && u.kind() == Kind.NONE;
        if (!dash && !toWord && !and && fromWord) {
            int m = k;
            for (int steps = 0; steps < 7 && m < to; steps++, m++) {
                Tok x = t.get(m);
                if (x.is("to")) {
                    k = m;
                    toWord = true;
                    break;
                }
                if (x.is(",") || x.is("and") || x.is("but") || x.is(".") || x.num() && !yearOrTime(t, m, to)) {
                    break;
                }
            }
        }
        if (!dash && !toWord && !and) {
            return null;
        }
        int s = k + 1;
        String cur2 = null;
        if (s < to && SIGNS.contains(t.get(s).text())) {
            cur2 = t.get(s).text();
            s++;
        }
        if (s >= to) {
            return null;
        }
        Num n2 = NumberReader.read(t, s, to, cur2 != null || currency != null);
        if (n2 == null || n2.upper() != null || dash && (!n.digits() || !n2.digits())) {
            return null;
        }
        if (n2.next() < to && n2.digits() && !t.get(n2.next()).space() && t.get(n2.next()).word()
                && Lexicon.ORDINAL_SUFFIX.contains(t.get(n2.next()).lower())) {
            return null;
        }
        Unit u2 = UnitReader.read(t, n2.next(), to, cur2 != null ? cur2 : (currency != null && dash ? currency : null));
        if (!compatible(u, u2)) {
            return null;
        }
        double low = n.value();
        double high = n2.value();
        if (n2.scaled() && !n.scaled() && n2.raw() > 0 && low <= n2.raw()) {
            low *= n2.value() / n2.raw();
        }
        if (dash && !fromWord && low >= high) {
            boolean small = n.value() < 200 && n2.value() < 200 && u.kind() == Kind.NONE && u2.kind() == Kind.NONE;
            return small ? new Range(low, high, n2.next(), "", Kind.NONE, false, true, false) : null;
        }
        if (toWord && !fromWord && u.kind() == Kind.NONE && u2.kind() == Kind.NONE && !n.digits() == n2.digits()) {
            return null;
        }
        Unit use = u2.kind() != Kind.NONE ? u2 : u;
        int next = u2.kind() != Kind.NONE ? u2.next() : n2.next();
        return new Range(low, high, next, use.unit(), use.kind(), use.plural(), false, fromWord);
    }

    private static boolean precededByFrom(List<Tok> t, int from, int first) {
        for (int k = first - 1, steps = 0; k >= from && steps < 3; k--, steps++) {
            Tok x = t.get(k);
            if (x.is("from")) {
                return true;
            }
            if (!x.is("up") && !x.is("to") && !x.is("about") && !x.is("around") && !x.is("roughly")) {
                return false;
            }
        }
        return false;
    }

    private static boolean yearOrTime(List<Tok> t, int m, int to) {
        String raw = t.get(m).text();
        if (raw.length() == 4 && raw.indexOf('.') < 0 && raw.indexOf(',') < 0) {
            return true;
        }
        return m + 1 < to && Lexicon.TIME_WORDS.contains(t.get(m + 1).lower());
    }

    private static boolean compatible(Unit a, Unit b) {
        if (a.kind() == Kind.NONE || b.kind() == Kind.NONE) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() == Kind.PERCENT || a.kind() == Kind.MEASURE) {
            return true;
        }
        String x = a.unit().toLowerCase(Locale.ROOT).replace("us", "");
        String y = b.unit().toLowerCase(Locale.ROOT).replace("us", "");
        return x.equals(y) || head(x).equals(head(y));
    }

    private static String head(String u) {
        int per = u.indexOf(" per ");
        String s = per >= 0 ? u.substring(0, per) : u;
        int sp = s.lastIndexOf(' ');
        s = sp >= 0 ? s.substring(sp + 1) : s;
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }
}
