package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.model.Fact;

/**
 * One victim named by "slain" before the noun: the headline's "Slain teen identified", "a slain clerk's family"
 * (one dead). "the slain man" refers back to a victim told before and gives nothing. Bounded look-ahead only.
 */
final class Slain {
    private Slain() {
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from; i + 1 < to; i++) {
            if (!t.get(i).is("slain") || !(i == from || t.get(i - 1).is("a") || t.get(i - 1).is("an"))) {
                continue;
            }
            int noun = ImplicitCounts.victimAt(t, i + 1, Math.min(to, i + 3));
            if (noun < 0) {
                continue;
            }
            out.add(ImplicitCounts.fact("killed", t, i, noun, 1));
            i = noun;
        }
        return out;
    }
}
