package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiplesTest {

    @Test
    void shouldCountTheDeadOfAMultiplyingWordOfKilling() {
        assertEquals(List.of(2.0), values("Detectives are still looking for a motive in the double homicide near the "
                + "river docks.", "killed"));
        assertEquals(List.of(3.0), values("A neighbour was charged on Monday in the triple-slaying at the farmhouse.",
                "killed"));
        assertEquals(List.of(4.0), values("Quadruple murder shocks quiet lakeside village", "killed"));
    }

    @Test
    void shouldCountTheKillerOfAMultipleMurderSuicide() {
        assertEquals(List.of(3.0), values("Deputies called the deaths at the ranch a double murder-suicide.", "killed"));
    }

    @Test
    void shouldNotReadAMultipleShootingAsDeaths() {
        assertEquals(List.of(), values("Police are investigating a triple shooting outside the arcade.", "killed"));
        assertEquals(List.of(), values("The band released a double album in the spring.", "killed"));
    }
}
