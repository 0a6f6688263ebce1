package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wirefold.common.model.Fact;

/**
 * A ranked victim who died counts every death so far and updates the toll one below it, as a rising toll does:
 * "Second victim of weekend shooting dies", "5th person dies after …", "A fourth victim of the shooting, which killed
 * three others, has died" (the verb may be far). {@link ImplicitCounts} reads "a third person has died" itself.
 */
final class RankedDeaths {
    private static final Map<String, Integer> RANKS = Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "sixth", 6);

    private RankedDeaths() {
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        int i = from;
        if (i < to && (t.get(i).is("a") || t.get(i).is("another"))) {
            i++;
        }
        int rank = rank(t, i, to);
        int at = rank > 0 && t.get(i).num() ? i + 2 : i + 1;
        int noun = rank > 0 ? ImplicitCounts.victimAt(t, at, to) : -1;
        if (noun >= 0 && ImplicitCounts.diesAfter(t, noun + 1, to)) {
            out.add(ImplicitCounts.rise(ImplicitCounts.fact("killed", t, from, noun, rank)));
        }
        return out;
    }

    /** "third", "3rd": the rank at {@code i}, or 0. */
    private static int rank(List<Tok> t, int i, int to) {
        if (i >= to) {
            return 0;
        }
        Integer word = RANKS.get(t.get(i).lower());
        if (word != null) {
            return word;
        }
        if (t.get(i).num() && i + 1 < to && !t.get(i + 1).space() && t.get(i + 1).lower().matches("nd|rd|th")) {
            int n = (int) Double.parseDouble(t.get(i).text());
            return n >= 2 && n <= 20 ? n : 0;
        }
        return 0;
    }
}
