package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.model.Fact;

/**
 * A named victim "also" killed after another victim: "Jane Roe, 31, was also killed in the shooting", "Doe also
 * died". One more dead, summed with single victims by {@link CasualtyTotals#sumVictims}. Bounded look-ahead.
 */
final class NamedAlso {
    private NamedAlso() {
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        int k = from;
        while (k < to && k < from + 4 && t.get(k).capitalized()) {
            k++; // the name
        }
        if (k == from || k - from == 1 && !t.get(from).capitalized()) {
            return out;
        }
        if (k + 2 < to && t.get(k).is(",") && t.get(k + 1).num() && t.get(k + 2).is(",")) {
            k += 3; // ", 24,"
        }
        if (k < to && (t.get(k).is("was") || t.get(k).is("is"))) {
            k++;
        }
        if (k + 1 < to && t.get(k).is("also") && (t.get(k + 1).is("killed") || t.get(k + 1).is("died")
                || t.get(k + 1).is("slain"))) {
            out.add(ImplicitCounts.fact("killed", t, from, k + 1, 1));
        }
        return out;
    }
}
