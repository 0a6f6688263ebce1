package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleShootingsTest {

    @Test
    void shouldCountThePeopleShotInAMultipleShooting() {
        assertEquals(List.of(3.0), values("Police are investigating a triple shooting outside the arcade.", "shot"));
        assertEquals(List.of(), values("Police are investigating a triple shooting outside the arcade.", "injured"));
    }

    @Test
    void shouldLeaveTheRestOfAMultipleShootingWounded() {
        assertEquals(List.of(1.0), values("A man was killed in a double shooting behind the diner on Sunday.",
                "injured"));
        assertEquals(List.of(1.0), values("Slain teen named, detectives say double shooting was a robbery", "injured"));
    }

    @Test
    void shouldNotDeriveTheWoundedWhereTheArticleCountsThem() {
        assertEquals(List.of(), values("Two cousins were killed in a double shooting near the levee.", "injured"));
        assertEquals(List.of(2.0), values("A woman was killed in a triple shooting. Two waiters were wounded.",
                "injured"));
    }

    @Test
    void shouldKeepTheUpdateOfALoneVictimHitInAMultipleShooting() {
        assertEquals(List.of(0.0), values("A girl wounded in a double shooting that killed her uncle died on Monday.",
                "injured"));
    }
}
