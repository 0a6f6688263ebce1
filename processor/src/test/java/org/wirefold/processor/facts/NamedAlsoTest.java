package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedAlsoTest {

    @Test
    void shouldAddANamedVictimAlsoKilledToASingleVictim() {
        String text = "A 52-year-old man died on Sunday, three days after he was shot outside a diner. "
                + "Mara Ellison, 29, was also killed in the attack.";

        assertEquals(List.of(2.0), values(text, "killed"));
    }

    @Test
    void shouldLeaveANumericTollAsItIs() {
        String text = "Two people were killed in the attack on the diner. Mara Ellison was also killed, police said.";

        assertEquals(2.0, values(text, "killed").get(0));
    }

    @Test
    void shouldNotCountANamedPersonWhoAlsoDidSomethingElse() {
        assertEquals(List.of(), values("Tom Reyes also spoke at the vigil on Monday.", "killed"));
    }
}
