package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeathsOfTest {

    @Test
    void shouldCountTheVictimOfADeathTold() {
        assertEquals(List.of(1.0), values("Detectives are looking into the death of a 20-year-old woman found behind "
                + "the diner.", "killed"));
        assertEquals(List.of(2.0), values("A neighbour was charged in the deaths of a woman and her son.", "killed"));
    }

    @Test
    void shouldCountTheVictimsAfterTheDeathsOf() {
        assertEquals(List.of(2.0), values("Police gave few details about the deaths of two brothers on the farm.",
                "killed"));
    }

    @Test
    void shouldNotCountADeathWithoutAVictim() {
        assertEquals(List.of(), values("The death of the project surprised the engineers.", "killed"));
        assertEquals(List.of(), values("Officers described the death of a dream for the small club.", "killed"));
    }
}
