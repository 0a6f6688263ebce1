package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenialsTest {

    @Test
    void shouldDropCountsOfAReportCalledWrong() {
        assertTrue(values("First reports said two people had died at the depot, but that was incorrect.", "killed")
                .isEmpty());
        assertTrue(values("Earlier information that a clerk was killed proved false, the chief said.", "killed")
                .isEmpty());
        assertEquals(List.of(2.0), values("Two people died at the depot, police reported.", "killed"));
    }
}
