package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Explicit corrections of a count: "four were injured, not five as first reported", "five rather than four", and
 * the wire note "(Corrects death toll in first paragraph to five from four)". Bounded look-ups only.
 */
final class Corrections {
    private static final Set<String> AS_REPORTED = Lexicon.set("first", "initially", "previously", "earlier",
            "originally", "erroneously", "wrongly", "incorrectly", "reported", "stated", "said");
    private static final Set<String> CORRECTS = Lexicon.set("corrects", "corrected", "correcting", "correction");

    private Corrections() {
    }

    /** "N, not M" (close by), "N … not M as first reported" (anywhere in the sentence) or "N rather than M". */
    static boolean corrects(Hit hit, Hit next) {
        List<Tok> t = hit.toks();
        int n = next.first();
        if (n - 1 < hit.next()) {
            return false;
        }
        boolean not = t.get(n - 1).is("not");
        if (not && next.next() + 1 < next.to() && t.get(next.next()).is("as")
                && AS_REPORTED.contains(t.get(next.next() + 1).lower())) {
            return true;
        }
        if (n - hit.next() > 8) {
            return false;
        }
        return not || n - 2 >= hit.next() && t.get(n - 2).is("rather") && t.get(n - 1).is("than");
    }

    /**
     * The predicate of a correction note "Corrects death toll … to N from M" when {@code hit} is N and {@code next}
     * is M, or null. A death toll is {@code killed}; otherwise the first predicate word after "corrects".
     */
    static String note(Hit hit, Hit next) {
        List<Tok> t = hit.toks();
        if (next == null || hit.first() < 1 || !t.get(hit.first() - 1).is("to") || next.first() != hit.next() + 1
                || !t.get(hit.next()).is("from")) {
            return null;
        }
        int start = -1;
        for (int k = hit.first() - 2, steps = 0; k >= hit.from() && steps < 20; k--, steps++) {
            if (CORRECTS.contains(t.get(k).lower())) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        for (int k = start + 1; k < hit.first() - 1; k++) {
            String w = t.get(k).lower();
            if (w.equals("toll") || w.equals("tolls")) {
                return "killed";
            }
            String p = Predicates.of(w);
            if (p != null && !p.equals("stated")) {
                return p;
            }
        }
        return null;
    }
}
