package org.wirefold.processor.facts;

import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;

/**
 * A death told days or weeks after the shooting ("a man has died two weeks after he was shot", "Girl dies days
 * after …") makes the article a follow-up: its counts are the new ones, so a count of the dead updates the toll one
 * below it and a count of the wounded the one above it, as a rising toll does ({@link Tolls#tollRises}). Bounded
 * look-ahead.
 */
final class LaterDeaths {
    private static final Set<String> DIES = Lexicon.set("died", "dies", "succumbed", "succumbs");
    private static final Set<String> SPANS = Lexicon.set("day", "days", "week", "weeks", "month", "months");
    private static final Set<String> AFTER = Lexicon.set("after", "since");

    private LaterDeaths() {
    }

    /** Whether a verb of death is followed, within a few words, by a span of days or more and "after". */
    static boolean told(List<Tok> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!DIES.contains(t.get(i).lower())) {
                continue;
            }
            for (int k = i + 1; k + 1 < t.size() && k < i + 10; k++) {
                if (t.get(k).is(".") || t.get(k).is(";")) {
                    break;
                }
                if (SPANS.contains(t.get(k).lower()) && AFTER.contains(t.get(k + 1).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The article's exact counts of the dead (two or more) and of the wounded update the ones reported before. */
    static void update(List<Fact> facts, List<Tok> t) {
        if (!told(t)) {
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.corrects() != null || !f.qualifier().equals("=") || !f.subject().equals("person")) {
                continue;
            }
            double before = f.predicate().equals("killed") && f.value() > 1 ? f.value() - 1
                    : f.predicate().equals("injured") && f.value() >= 1 ? f.value() + 1 : -1;
            if (before >= 0) {
                facts.set(i, new Fact(f.key(), f.predicate(), f.subject(), f.place(), f.value(), f.qualifier(),
                        f.other(), before, f.span()));
            }
        }
    }
}
