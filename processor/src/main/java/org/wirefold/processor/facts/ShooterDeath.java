package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * The shooter's own death told beside a count, which the count leaves out: "… and himself", "… before turning the
 * gun on herself", "committed suicide", "took his own life", or the next sentence's "The gunman then turned the gun
 * on himself". Bounded look-aheads only.
 */
final class ShooterDeath {
    private static final Set<String> SHOOTER = Lexicon.set("gunman", "shooter", "suspect", "killer", "himself",
            "herself", "attacker", "assailant", "gunmen");
    private static final Set<String> DEATH = Lexicon.set("dead", "died", "dies", "death", "fatal", "fatally");
    private static final Set<String> TAKE = Lexicon.set("took", "taking", "takes", "take");

    private ShooterDeath() {
    }

    /**
     * The killer's own death told in the same sentence: "… and himself", "… before turning the gun on herself",
     * "… gunman who then killed himself"; not when the count already includes the shooter ("including the gunman").
     */
    static boolean alsoHimself(Hit hit) {
        return alsoHimself(hit.toks(), hit.next(), hit.to());
    }

    /** {@link #alsoHimself(Hit)} for the victims ending at token {@code next} of a sentence ending at {@code to}. */
    static boolean alsoHimself(List<Tok> t, int next, int to) {
        int limit = Math.min(to, next + 30);
        boolean verb = false;
        boolean dead = false;
        for (int k = next; k < limit; k++) {
            String w = t.get(k).lower();
            if (w.equals("including") || w.equals("among")) {
                for (int j = k + 1; j < Math.min(limit, k + 4); j++) {
                    if (SHOOTER.contains(t.get(j).lower())) {
                        return false;
                    }
                }
            }
            if (w.equals("himself") || w.equals("herself")) {
                return verb || t.get(k - 1).is("and") || t.get(k - 1).is("then"); // "4 kids, then himself"
            }
            dead |= DEATH.contains(w);
            if (suicide(t, k, limit, verb, dead)) {
                return true;
            }
            verb |= selfVerb(w);
            if (w.equals(";") || w.equals("but") || w.equals("which") || w.equals("wounding") || w.equals("injuring")) {
                return false;
            }
        }
        return limit == to && nextSentenceSuicide(t, to);
    }

    /**
     * The count is the victims of a suspect ("a man suspected of killing five people", "the suspect in the shooting of
     * 5"), so the death told after it is news of its own: the suspect died after the count was reported.
     */
    static boolean ofSuspect(Hit hit) {
        List<Tok> t = hit.toks();
        for (int k = hit.first() - 1; k >= hit.from() && k >= hit.first() - 5; k--) {
            if (t.get(k).is("suspected") || t.get(k).is("suspect")) {
                return true;
            }
        }
        return false;
    }

    /** The next sentence opens on the shooter who kills himself: "The gunman then turned the gun on himself." */
    private static boolean nextSentenceSuicide(List<Tok> t, int from) {
        int end = Math.min(t.size(), from + 16);
        boolean subject = false;
        boolean verb = false;
        for (int k = from; k < end; k++) {
            String w = t.get(k).lower();
            if (k < from + 4 && SHOOTER.contains(w) && !w.endsWith("self")) {
                subject = true;
            }
            if (w.equals("himself") || w.equals("herself")) {
                return subject && verb;
            }
            verb |= selfVerb(w);
            if (w.equals(".") || w.equals(";") || w.equals("but")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The killer's suicide told without "himself" at token {@code k}: "commits suicide", "took his own life", the
     * headline's "fatally shoots self", "found dead of a self-inflicted wound" (only after a word of death, so that a
     * wound he survived is no death). "murder-suicide" is no such word: its toll already counts him.
     */
    private static boolean suicide(List<Tok> t, int k, int limit, boolean verb, boolean dead) {
        String w = t.get(k).lower();
        String before = k > 0 ? t.get(k - 1).lower() : "";
        boolean hyphened = k + 1 < limit && t.get(k + 1).is("-");
        if (w.equals("suicide")) {
            return before.startsWith("commit");
        }
        if (w.equals("life") && before.equals("own") && k >= 3) {
            return TAKE.contains(t.get(k - 3).lower()); // "took his own life"
        }
        if (w.equals("self") && !before.equals("-")) {
            return hyphened ? dead && k + 2 < limit && t.get(k + 2).is("inflicted") : verb;
        }
        return false;
    }

    private static boolean selfVerb(String w) {
        return w.startsWith("kill") || w.equals("shot") || w.equals("shooting") || w.startsWith("turn")
                || w.equals("fatally");
    }
}
