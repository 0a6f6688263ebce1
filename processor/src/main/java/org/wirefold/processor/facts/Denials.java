package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Counts of people whose casualty the clause denies (and counts of a sentence that calls an earlier report wrong,
 * {@link #retracted}): "two other children were home but were not hurt", "three
 * bystanders weren't injured", "four people were never wounded". The count is the subject of a negated casualty verb,
 * so it is no casualty at all. Bounded look-ahead within the sentence.
 */
final class Denials {
    private static final Set<String> NEGATIONS = Lexicon.set("not", "never", "n't", "no");
    private static final int REACH = 12;
    private static final Set<String> REPORTS = Lexicon.set("report", "reports", "reported", "information", "initially",
            "earlier");
    private static final Set<String> WRONG = Lexicon.set("incorrect", "erroneous", "inaccurate", "untrue", "false",
            "mistaken");

    private Denials() {
    }

    /**
     * "Early reports said one person had died, but that proved to be incorrect": a sentence that tells an earlier
     * report and calls it wrong retracts its counts.
     */
    static boolean retracted(List<Tok> t, int from, int to) {
        boolean report = false;
        boolean wrong = false;
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            report |= REPORTS.contains(w);
            wrong |= WRONG.contains(w);
        }
        return report && wrong;
    }

    /** Whether the first casualty verb after the count (before the next count) is negated and has class {@code predicate}. */
    static boolean denied(Hit hit, Hit next, String predicate) {
        List<Tok> t = hit.toks();
        int limit = Math.min(next != null ? next.first() : hit.to(), hit.next() + REACH);
        for (int k = hit.next(); k < limit; k++) {
            String p = Predicates.of(t.get(k).lower());
            if (p == null || !Predicates.CASUALTY.contains(p)) {
                continue;
            }
            if (!p.equals(predicate)) {
                return false;
            }
            for (int j = k - 1; j >= Math.max(hit.next(), k - 3); j--) {
                String w = t.get(j).lower();
                if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
