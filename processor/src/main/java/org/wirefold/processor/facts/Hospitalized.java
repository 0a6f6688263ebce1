package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;

/**
 * "Two remain hospitalized", "one is still hospitalized": the people still in hospital are a part of the wounded, the
 * rest having been released (or dead), so the count is not the wounded's total.
 */
final class Hospitalized {
    private static final Set<String> WORDS = Lexicon.set("hospitalized", "hospitalised");

    private Hospitalized() {
    }

    /** Whether the predicate word at {@code k} is "remain(s) hospitalized" or "still hospitalized". */
    static boolean still(List<Tok> t, int k, int limit) {
        Tok w = t.get(k);
        if (w.lower().startsWith("remain")) {
            return k + 1 < limit && WORDS.contains(t.get(k + 1).lower());
        }
        return WORDS.contains(w.lower()) && k > 0 && (t.get(k - 1).is("still") || t.get(k - 1).lower().startsWith("remain"));
    }
}
