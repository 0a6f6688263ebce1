package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.NumberReader.Num;

/** Reads the qualifier of a number from the words around it: {@code =}, {@code ~}, {@code >}, {@code <}, up, down. */
final class Qualifiers {
    /** Verbs that make a following "up"/"down" a particle, not a change ("gave up 517 yards"). */
    private static final Set<String> PHRASAL = Lexicon.set("gave", "give", "gives", "giving", "given", "pick", "picked",
            "picks", "set", "sets", "put", "puts", "took", "take", "takes", "made", "make", "shut", "summed", "backed",
            "stepped", "signed", "sign", "turned", "turn", "showed", "show", "shows", "broke", "broken", "locked",
            "lock", "wound", "narrowed", "cut", "sat", "slowed", "cooled", "calmed", "sped", "added");
    private static final Set<String> FILLERS = Lexicon.set("by", "just", "only", "a", "an", "the", "another",
            "exactly", "well", "all", "total", "of", "some", "nearly", "almost", "about", "roughly", "around");

    private Qualifiers() {
    }

    /**
     * Qualifier from at most five words before the number. A change verb ("rose", "fell by") wins over an
     * approximation or a bound; approximators ("about", "nearly") count only right before the number.
     */
    static String before(List<Tok> t, int from, int first, Num n) {
        String found = null;
        boolean article = false;
        int k = first - 1;
        if (k >= from && t.get(k).is("+") && !t.get(first).space()) {
            return "up";
        }
        if (k >= from && t.get(k).is("-") && k - 1 >= from && t.get(k - 1).is("sub")) {
            return "<";
        }
        for (int steps = 0; steps < 5 && k >= from; steps++, k--) {
            String w = t.get(k).lower();
            String p = k - 1 >= from ? t.get(k - 1).lower() : "";
            String pp = k - 2 >= from ? t.get(k - 2).lower() : "";
            if (Lexicon.UP.contains(w) || Lexicon.DOWN.contains(w)) {
                if (article || PHRASAL.contains(p) || w.equals("higher") || w.equals("lower") || w.equals("+")) {
                    return found != null ? found : "=";
                }
                return Lexicon.UP.contains(w) ? "up" : "down";
            }
            if (found != null) {
                if (steps > 3 || !FILLERS.contains(w) && !w.equals("than") && !w.equals("more") && !w.equals("less")
                        && !w.equals("fewer") && !w.equals("at") && !w.equals("least")) {
                    return found;
                }
                continue;
            }
            if (w.equals("to")) {
                if (p.equals("up")) {
                    found = "<";
                    k--;
                    steps++;
                    continue;
                }
                return p.equals("close") ? "~" : "=";
            }
            if (w.equals("than")) {
                if (p.equals("more") || p.equals("greater") || p.equals("over") || p.equals("higher")) {
                    found = ">";
                } else if (p.equals("less") || p.equals("fewer") || p.equals("lower")) {
                    found = "<";
                } else {
                    return "=";
                }
                continue;
            }
            if (w.equals("least") && p.equals("at")) {
                found = ">";
                continue;
            }
            if (w.equals("most") && p.equals("at")) {
                found = "<";
                continue;
            }
            if (w.equals("as") && p.equals("many") && pp.equals("as")) {
                return "=";
            }
            if (w.equals("of") && (p.equals("excess") && pp.equals("in") || p.equals("upwards") || p.equals("north"))) {
                return ">";
            }
            if (Lexicon.MORE.contains(w)) {
                found = ">";
                continue;
            }
            if (Lexicon.LESS.contains(w)) {
                found = "<";
                continue;
            }
            if (w.equals("from") || w.equals("at")) {
                return "=";
            }
            if (Lexicon.ABOUT.contains(w)) {
                if (steps == 0 || steps == 1 && (t.get(k + 1).is("a") || t.get(k + 1).is("an"))) {
                    found = w.equals("some") && !t.get(k).capitalized() && steps > 0 ? "=" : "~";
                    continue;
                }
                return "=";
            }
            if (w.equals("exactly")) {
                return "=";
            }
            if (w.equals("a") || w.equals("an") || w.equals("the")) {
                article = true;
                continue;
            }
            if (FILLERS.contains(w)) {
                continue;
            }
            break;
        }
        return found != null ? found : "=";
    }

    /** Qualifier written after the quantity: "or more", "or so", "plus", "or fewer". */
    static String after(List<Tok> t, int next, int to) {
        if (next + 1 < to && t.get(next).is("or")) {
            String w = t.get(next + 1).lower();
            if (w.equals("more")) {
                return ">";
            }
            if (w.equals("so")) {
                return "~";
            }
            if (w.equals("fewer") || w.equals("less")) {
                return "<";
            }
        }
        if (next < to && t.get(next).is("plus")) {
            return ">";
        }
        return null;
    }
}
