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
    private static final Set<String> ONE = Lexicon.set("a", "an");

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
            if (!t.get(i).is("the") || !DEATH.contains(t.get(i + 1).lower()) || !t.get(i + 2).is("of")
                    || !ONE.contains(t.get(i + 3).lower())) {
                continue;
            }
            int noun = ImplicitCounts.victimAt(t, i + 4, to);
            if (noun < 0) {
                continue;
            }
            int count = 1;
            if (noun + 2 < to && t.get(noun + 1).is("and") && (ONE.contains(t.get(noun + 2).lower())
                    || t.get(noun + 2).is("his") || t.get(noun + 2).is("her"))
                    && ImplicitCounts.victimAt(t, noun + 3, to) > 0) {
                count = 2; // "the deaths of a man and his son"
                noun = ImplicitCounts.victimAt(t, noun + 3, to);
            }
            StringBuilder span = new StringBuilder();
            for (int k = i; k <= noun; k++) {
                span.append(k > i && t.get(k).space() ? " " : "").append(t.get(k).text());
            }
            out.add(new Fact("killed|person|", "killed", "person", "", count, "=", false, null, span.toString()));
            i = noun;
        }
        return out;
    }
}
