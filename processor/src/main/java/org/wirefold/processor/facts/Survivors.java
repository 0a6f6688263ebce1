package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * People shot whose injuries the same sentence tells as survivable ("Four others were shot, but their injuries were
 * not life-threatening", "three people were shot and are in stable condition") are the wounded, when the sentence
 * tells no death. Bounded to the count's sentence.
 */
final class Survivors {
    private static final Set<String> NOT = Lexicon.set("non", "not", "n't", "weren't", "wasn't", "aren't", "isn't");
    private static final Set<String> MILD = Lexicon.set("stable", "minor", "survive", "recover");

    private Survivors() {
    }

    /** Whether the sentence of a count of people shot tells them survivable and nobody dead. */
    static boolean wounded(Hit hit) {
        List<Tok> t = hit.toks();
        boolean mild = false;
        for (int k = hit.from(); k < hit.to(); k++) {
            String w = t.get(k).lower();
            if ("killed".equals(Predicates.of(w))) {
                return false; // "five were shot, one fatally; the others are stable": the shot include the dead
            }
            if (k < hit.next()) {
                continue;
            }
            if (MILD.contains(w) || w.equals("threatening") && negated(t, hit.next(), k)) {
                mild = true;
            }
        }
        return mild;
    }

    private static boolean negated(List<Tok> t, int from, int k) {
        for (int j = Math.max(from, k - 5); j < k; j++) {
            if (NOT.contains(t.get(j).lower().replace('\u2019', '\''))) {
                return true;
            }
        }
        return false;
    }
}
