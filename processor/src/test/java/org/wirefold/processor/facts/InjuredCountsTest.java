package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjuredCountsTest {

    @Test
    void shouldNotCountAVictimThoughtOfInAGerundClause() {
        assertEquals(List.of(), ExtractedCounts.values(
                "\"Nobody can imagine a child being injured like that,\" a neighbour told reporters.", "injured"));
        assertEquals(List.of(), ExtractedCounts.values(
                "The mayor said he could not remember a deputy being wounded in the town before.", "injured"));
        assertEquals(List.of(1.0), ExtractedCounts.values(
                "Shots hit the bus, with a passenger being wounded in the arm.", "injured"));
    }
}
