package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verb forms and clause shapes of casualty counts. */
class CasualtyVerbsTest {

    @Test
    void shouldReadBareWoundBeforeACountAsTheVerb() {
        String text = "Detectives say the man went to the depot to kill one clerk and wound three others on Monday.";
        assertEquals(List.of(3.0), values(text, "injured"));
        assertEquals(List.of(1.0), values(text, "killed"));
    }

    @Test
    void shouldNotTakePeopleShotToDeathForAPoolOfWounded() {
        String text = "Three men were shot to death in a parked truck on Sunday. One of them died at the wheel.";
        assertEquals(List.of(), values(text, "injured"));
        assertEquals(List.of(), values(text, "shot"));
    }

    @Test
    void shouldNotDeriveTheWoundedFromALoneVictimFoundDead() {
        String text = "Five people were shot at the county fair. A man was found dead behind the stage.";
        assertEquals(List.of(), values(text, "injured"));
        assertEquals(List.of(3.0), values("Five people were shot, two of them fatally, at the county fair.", "injured"));
    }
}
