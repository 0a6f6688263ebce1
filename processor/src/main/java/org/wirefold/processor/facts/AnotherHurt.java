package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * "another" standing alone for one more victim after a count: "two were killed and another was wounded", "three lives
 * were lost and another was injured" (one wounded). Only when a count comes first in the sentence, so that the
 * pronoun has people to follow. Bounded look-ahead only.
 */
final class AnotherHurt {
    private static final Set<String> LINKS = Lexicon.set("was", "is", "has", "been", "also", "critically",
            "seriously", "badly", "severely");

    private AnotherHurt() {
    }

    static List<Fact> find(List<Tok> t, int from, int to) {
        List<Fact> out = new ArrayList<>();
        for (int i = from + 1; i + 2 < to; i++) {
            if (!t.get(i).is("another") || !(t.get(i - 1).is("and") || t.get(i - 1).is(","))
                    || !countBefore(t, from, i) || !(t.get(i + 1).is("was") || t.get(i + 1).is("is") || t.get(i + 1).is("has"))) {
                continue;
            }
            int k = i + 1;
            while (k < to && k < i + 5 && LINKS.contains(t.get(k).lower())) {
                k++;
            }
            if (k < to && "injured".equals(Predicates.of(t.get(k).lower()))) {
                out.add(ImplicitCounts.fact("injured", t, i, k, 1));
            }
        }
        return out;
    }

    private static boolean countBefore(List<Tok> t, int from, int i) {
        for (int j = from; j < i; j++) {
            if (t.get(j).num() || Lexicon.SMALL.containsKey(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
