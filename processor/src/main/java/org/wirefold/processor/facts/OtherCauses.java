package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * Injuries whose clause names a cause other than gunfire: "eight pupils were hurt in a fight", "25 hurt in an apparent
 * explosion", "two were injured by flying glass". They are no shooting's wounded. Bounded look-ahead.
 */
final class OtherCauses {
    private static final Set<String> CAUSES = Lexicon.set("crash", "collision", "wreck", "explosion", "blast", "fire",
            "fight", "brawl", "stampede", "glass");
    private static final Set<String> DETERMINERS = Lexicon.set("a", "an", "the");

    private OtherCauses() {
    }

    /** Whether the count's wound verb is followed by "in"/"by" and a cause other than gunfire. */
    static boolean otherCause(Hit hit) {
        List<Tok> t = hit.toks();
        int to = hit.to();
        for (int k = hit.next(); k < to && k < hit.next() + 8; k++) {
            if (!"injured".equals(Predicates.of(t.get(k).lower()))) {
                continue;
            }
            int j = k + 1;
            if (j >= to || !(t.get(j).is("in") || t.get(j).is("by"))) {
                return false;
            }
            j++;
            if (j < to && DETERMINERS.contains(t.get(j).lower())) {
                j++;
            }
            for (int m = 0; m < 3 && j < to && t.get(j).word(); m++, j++) {
                if (CAUSES.contains(t.get(j).lower())) {
                    return true;
                }
                if (Lexicon.STOP.contains(t.get(j).lower())) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }
}
