package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class JoinedVictimCountsTest {

    @Test
    void shouldAddAVictimNamedBeforeTheCount() {
        assertEquals(List.of(4.0), values("A teenager and three women were hurt when the gunman fired into the crowd.",
                "injured"));
        assertEquals(List.of(3.0), values("Officers discovered a woman and two boys dead inside the trailer.",
                "killed"));
    }

    @Test
    void shouldNotAddTheObjectOfAVerbBeforeAnotherClause() {
        assertEquals(List.of(2.0), values("The gunman killed a man and two bystanders were wounded.", "injured"));
    }
}
