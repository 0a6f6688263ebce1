package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Deaths told as a noun with their victims: "the deaths of two teenagers" (two), "the death of a 19-year-old woman"
 * (one), "the deaths of a man and his son" (two). Bounded look-around only.
 */
final class DeathsOf {
    private static final Set<String> DEATH = Lexicon.set("death", "deaths");

    private DeathsOf() {
    }

    /** "the deaths of two teenagers": the count follows "the death(s) of". */
    static boolean of(Hit hit) {
        List<Tok> t = hit.toks();
        int k = hit.first() - 1;
        return k - 2 >= hit.from() && t.get(k).is("of") && DEATH.contains(t.get(k - 1).lower())
                && t.get(k - 2).is("the");
    }

    /** "the death of a man", "the deaths of a woman and her daughter": one for each victim named. */
    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i + 3 < to; i++) {
            if (!t.get(i).is("the") || !DEATH.contains(t.get(i + 1).lower()) || !t.get(i + 2).is("of")) {
                continue;
            }
            Fact dead = ImplicitCounts.namedDead(t, i, i + 3, to);
            if (dead != null) {
                out.add(dead);
                i += 3;
            }
        }
        return out;
    }
}
