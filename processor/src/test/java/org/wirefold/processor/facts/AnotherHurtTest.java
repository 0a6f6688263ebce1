package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnotherHurtTest {

    @Test
    void shouldCountABareAnotherWoundedAfterACount() {
        assertEquals(List.of(1.0), values("Two guards died at the gate and another was badly hurt.", "injured"));
        assertEquals(List.of(1.0), values("Four lives were lost, and another was wounded in the crossfire.",
                "injured"));
    }

    @Test
    void shouldNotCountAnotherWithoutACountBefore() {
        assertEquals(List.of(), values("The clerk said another was hurt last spring.", "injured"));
        assertEquals(List.of(), values("Two stores were robbed and another was damaged by fire.", "injured"));
    }
}
