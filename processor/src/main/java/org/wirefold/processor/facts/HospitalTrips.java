package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.processor.facts.QuantityExtractor.Hit;

/**
 * "Two other victims were taken to the hospital": people counted only by their trip to a hospital, after victims told
 * in an earlier sentence, are a part of the wounded (the rest may have been treated at the scene, or died), not their
 * total. After a death in the same sentence ("a man died and three others were taken to a hospital") they are the
 * rest of the victims, the wounded.
 */
final class HospitalTrips {
    private static final Set<String> TRIPS = Lexicon.set("taken", "rushed", "transported", "brought", "driven");

    private HospitalTrips() {
    }

    /** Whether the count's verb, right after it, is a trip to the hospital, with no death told before it. */
    static boolean only(Hit hit) {
        List<Tok> t = hit.toks();
        for (int k = hit.from(); k < hit.first(); k++) {
            if ("killed".equals(Predicates.of(t.get(k).lower()))) {
                return false;
            }
        }
        for (int k = hit.next(); k < hit.to() && k < hit.next() + 6; k++) {
            if (Predicates.at(t, k, hit.to()) != null) {
                return TRIPS.contains(t.get(k).lower());
            }
        }
        return false;
    }
}
