package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class KilledKinTest {

    @Test
    void shouldCountOneRelativeShotDead() {
        assertEquals(List.of(1.0), values("Deputies say a farmer shot and killed his nephew during an argument.",
                "killed"));
        assertEquals(List.of(1.0), values("Girl, 6, shot, killed cousin while playing with rifle", "killed"));
        assertEquals(List.of(1.0), values("Prosecutors say the woman fatally shot her boyfriend in the kitchen.",
                "killed"));
    }

    @Test
    void shouldAddTheShootersOwnDeath() {
        assertEquals(List.of(2.0), values("A retiree shot and killed his wife and then himself in their cabin.",
                "killed"));
        assertEquals(List.of(2.0), values("Father shot, killed daughter, himself in apartment", "killed"));
    }

    @Test
    void shouldLeaveRelativesJoinedToOtherVictimsAndBareKillings() {
        assertEquals(List.of(), values("The man shot and killed his wife and children before fleeing.", "killed"));
        assertEquals(List.of(), values("He was convicted years ago of killing his uncle.", "killed"));
    }
}
