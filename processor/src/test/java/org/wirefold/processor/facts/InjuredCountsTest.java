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

    @Test
    void shouldReadTheBoundsOfAnAgeRangeAsAges() {
        assertEquals(List.of(3.0), ExtractedCounts.values("Three men were wounded outside the arena. The wounded men "
                + "were between the ages of 19 and 27, a spokesman said.", "injured"));
        assertEquals(List.of(), ExtractedCounts.values("He was injured at the age of 12 in a farm accident.", "injured"));
    }

    @Test
    void shouldNotCountAWholeGroupTakenUpAgain() {
        assertEquals(List.of(3.0), ExtractedCounts.values("Two men were killed and three women were injured when a "
                + "gunman opened fire at the depot. All five victims were hurt in the same attack, police said.",
                "injured"));
        assertEquals(List.of(4.0), ExtractedCounts.values("Four people were injured in the shooting.", "injured"));
    }

    @Test
    void shouldReadAnHourInWordsAsATime() {
        assertEquals(List.of(), ExtractedCounts.values(
                "A boy was injured near the dam on Sunday evening around seven o'clock.", "injured").stream()
                .filter(v -> v != 1.0).toList());
        assertEquals(List.of(), ExtractedCounts.values("Shots rang out at about nine o’clock, injuring a teenager.",
                "injured").stream().filter(v -> v != 1.0).toList());
    }
}
