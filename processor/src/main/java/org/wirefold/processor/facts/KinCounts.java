package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Relatives counted with a number: "his wife and four children" (five), "she and 7 family members", a headline's
 * "kills wife, 4 kids", and "fatally shot his wife and two daughters" (all dead). Bounded look-backs only.
 */
final class KinCounts {
    static final Set<String> RELATIVE = Lexicon.set("wife", "husband", "son", "daughter", "mother", "father",
            "girlfriend", "boyfriend", "brother", "sister", "grandmother", "grandfather", "fiancee", "fiance", "partner",
            "stepfather", "stepmother", "stepson", "stepdaughter", "mom", "dad", "niece", "nephew", "uncle", "aunt",
            "cousin", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend");
    private static final Set<String> POSSESSIVE = Lexicon.set("his", "her", "their");

    private KinCounts() {
    }

    /**
     * One victim joined to the count by "and" without a number: a relative named by a possessive ("his wife and four
     * children", "her estranged husband and two sons") or a subject pronoun ("she and 7 family members were shot"):
     * 1, else 0. At most one modifier between the possessive and the relative.
     */
    static int joinedOne(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        if (kinListVerb(hit) >= 0) {
            return 1; // "kills wife, 4 kids": a headline's list of objects
        }
        if (k - 1 < hit.from() || !t.get(k).is("and")) {
            return 0;
        }
        String w = t.get(k - 1).lower();
        if (w.equals("he") || w.equals("she") || aVictim(t, k - 1, hit.from())) {
            return 1;
        }
        if (!RELATIVE.contains(w)) {
            return 0;
        }
        for (int j = k - 2; j >= Math.max(hit.from(), k - 3); j--) {
            if (POSSESSIVE.contains(t.get(j).lower())) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * "a woman and three men were wounded", "found a man and two children dead": a victim named with "a"/"an" ends at
     * {@code noun}; not the object of a verb whose count is the subject of the next clause ("shot a man and two others
     * were hurt").
     */
    private static boolean aVictim(List<Tok> t, int noun, int from) {
        for (int j = noun - 1; j >= Math.max(from, noun - 7); j--) {
            if ((t.get(j).is("a") || t.get(j).is("an")) && ImplicitCounts.victimAt(t, j + 1, noun + 1) == noun) {
                return j == from || !Predicates.isPredicate(t.get(j - 1).lower());
            }
        }
        return false;
    }

    /**
     * "Man kills wife, 4 kids", "killed his wife, two sons": a relative right after a casualty verb (or its possessive)
     * and a comma before the count make one list of objects of that verb. Index of the verb, or -1.
     */
    static int kinListVerb(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        if (k - 2 < hit.from() || !t.get(k).is(",") || !RELATIVE.contains(t.get(k - 1).lower())) {
            return -1;
        }
        int v = POSSESSIVE.contains(t.get(k - 2).lower()) ? k - 3 : k - 2;
        if (v < hit.from()) {
            return -1;
        }
        String p = Predicates.of(t.get(v).lower());
        return p != null && Predicates.CASUALTY.contains(p) ? v : -1;
    }

    /**
     * "fatally shot his wife and four children", "mortally wounded her husband and two sons": the verb at {@code k},
     * reached across a relative joined to the count ({@link #joinedOne}), is fatal for the whole object, the relative
     * and the count alike. Only the possessive right after the verb, so that "fatally shot a man and three others"
     * (one death, the others wounded) keeps its reading.
     */
    static boolean fatallyShotKin(Hit hit, int k) {
        List<Tok> t = hit.toks();
        return k - 1 >= hit.from() && (t.get(k - 1).is("fatally") || t.get(k - 1).is("mortally"))
                && (t.get(k).is("shot") || t.get(k).is("wounded")) && k + 1 < hit.first()
                && POSSESSIVE.contains(t.get(k + 1).lower()) && joinedOne(hit) == 1;
    }
}
