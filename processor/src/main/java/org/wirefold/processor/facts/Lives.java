package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Deaths told as lives: "three lives were lost", "the fire claimed two lives", "a shooting that claimed the lives of
 * four men", and without a number "the crash took the life of a cyclist" (one). Bounded look-around only.
 */
final class Lives {
    private static final Set<String> CLAIM = Lexicon.set("claimed", "claims", "claim", "claiming", "took", "takes",
            "taking", "cost", "costs", "costing");
    private static final Set<String> LIFE = Lexicon.set("life", "lives");
    private static final Set<String> BE = Lexicon.set("were", "was", "are", "have", "has", "had", "been", "be");

    private Lives() {
    }

    /**
     * The count is of lives lost or claimed ("three lives were lost", "claimed two lives") or of the people whose
     * lives a verb of claiming took ("claimed the lives of four men").
     */
    static boolean lost(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        int life = hit.next() < hit.to() && LIFE.contains(t.get(hit.next()).lower()) ? hit.next()
                : LIFE.contains(t.get(hit.next() - 1).lower()) ? hit.next() - 1 : -1;
        if (life >= 0) {
            if (k >= hit.from() && CLAIM.contains(t.get(k).lower())) {
                return true; // "claimed two lives"
            }
            int j = life + 1;
            while (j < hit.to() && j < life + 4 && BE.contains(t.get(j).lower())) {
                j++;
            }
            return j < hit.to() && t.get(j).is("lost"); // "three lives were lost"
        }
        return k - 3 >= hit.from() && t.get(k).is("of") && LIFE.contains(t.get(k - 1).lower())
                && t.get(k - 2).is("the") && CLAIM.contains(t.get(k - 3).lower()); // "claimed the lives of four men"
    }

    /** "claimed the life of a woman", "took the lives of a man and his son": one for each victim named. */
    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i + 4 < to; i++) {
            if (!CLAIM.contains(t.get(i).lower()) || !t.get(i + 1).is("the") || !LIFE.contains(t.get(i + 2).lower())
                    || !t.get(i + 3).is("of")) {
                continue;
            }
            Fact dead = ImplicitCounts.namedDead(t, i, i + 4, to);
            if (dead != null) {
                out.add(dead);
                i += 4;
            }
        }
        return out;
    }
}
