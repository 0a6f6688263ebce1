package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.util.List;
import org.junit.jupiter.api.Test;

class OtherEventsTest {

    @Test
    void shouldNotCountAVictimOfASentenceOpenedByMeanwhile() {
        String text = "A teenager was wounded by gunfire near a skate park on Friday evening. "
                + "Meanwhile, a woman was fatally shot two hours later on the north side, officers said.";

        assertEquals(List.of(), values(text, "killed"));
        assertEquals(List.of(1.0), values(text, "injured"));
    }

    @Test
    void shouldKeepMeanwhileInsideASentence() {
        String text = "Two men were killed at the gas station, and the gunman meanwhile, fled on foot.";

        assertEquals(List.of(2.0), values(text, "killed"));
    }

    @Test
    void shouldNotCountATallyOverAFewHours() {
        String text = "Nine people were shot, two of them fatally, in less than 40 hours across the county.";

        assertEquals(List.of(), values(text, "killed"));
        assertEquals(List.of(), values("Four men were wounded within 36 hours in the valley.", "injured"));
    }

    @Test
    void shouldNotCountThePartOfATallyToldInTheNextSentence() {
        String text = "Since 8 p.m. Saturday, 14 people have been shot in the city. Four of those victims died, "
                + "police said.";

        assertEquals(List.of(), values(text, "killed"));
    }

    @Test
    void shouldCountThePartOfTheEventsOwnVictims() {
        String text = "Six people were shot at the bowling alley on Saturday. Two of those victims died, police said.";

        assertEquals(List.of(2.0), values(text, "killed"));
    }

    @Test
    void shouldNotCountTheSentencesOfADatedListOfIncidents() {
        String text = "The girl is the third child shot in the neighborhood this spring. "
                + "On May 2, a boy was wounded while riding his scooter. "
                + "And on May 19, a toddler was killed by a stray bullet.";

        assertEquals(List.of(), values(text, "killed"));
        assertEquals(List.of(), values(text, "injured"));
    }

    @Test
    void shouldCountALoneDatedSentence() {
        String text = "Prosecutors charged a man on Tuesday. On Oct. 4, police found two women dead in a car on "
                + "the highway.";

        assertEquals(List.of(2.0), values(text, "killed"));
    }
}
