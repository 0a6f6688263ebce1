package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactExtractorDurationTest {

    @Test
    void shouldReadACountBesideALengthOfTimeInYears() {
        assertEquals(List.of(1.0), values("Three men were charged in the death of a woman after an inquiry that lasted "
                + "more than a year.", "killed"));
        assertEquals(List.of(1.0), values("A woman was killed outside a bar that had been closed for a year.",
                "killed"));
    }

    @Test
    void shouldStillDropRatesAndEarlierEventsInYears() {
        assertEquals(List.of(), values("About 40 people are killed a year on that road.", "killed"));
        assertEquals(List.of(), values("More than a year ago, two men were killed on the same corner.", "killed"));
    }
}
