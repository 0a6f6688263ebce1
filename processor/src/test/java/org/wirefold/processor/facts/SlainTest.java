package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlainTest {

    @Test
    void shouldCountASlainVictimOpeningAHeadline() {
        assertEquals(List.of(1.0), values("Slain student remembered at candlelight vigil", "killed"));
        assertEquals(List.of(1.0), values("Friends gathered outside the home of a slain bystander on Monday.",
                "killed"));
    }

    @Test
    void shouldNotCountTheSlainVictimToldBefore() {
        assertEquals(List.of(), values("The family of the slain man asked for privacy.", "killed"));
    }
}
