package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

/** Counts told as updates of earlier ones: follow-ups on a later death, a suspect's death, tolls brought higher. */
class UpdatedCountsTest {
    private final FactExtractor extractor = new FactExtractor();

    @Test
    void shouldReadTheCountsOfAFollowUpOnALaterDeathAsUpdates() {
        List<Fact> facts = extractor.extract("A 40-year-old woman has died ten days after she was shot at a birthday "
                + "party. Four people were killed and two others were wounded in the attack, police said.");

        assertEquals(3.0, only(facts, "killed", 4).corrects());
        assertEquals(3.0, only(facts, "injured", 2).corrects());
    }

    @Test
    void shouldNotReadADeathOnTheSameDayAsAFollowUp() {
        List<Fact> facts = extractor.extract("A man died hours after the shooting. Three people were killed and "
                + "one was wounded.");

        assertNull(only(facts, "killed", 3).corrects());
    }

    @Test
    void shouldLetAFollowUpSupersedeTheCountsMoreOutletsReported() {
        List<StoryFact> story = new FactConsolidator().consolidate(List.of(), List.of(
                article("a1", "Two men were killed and three others were wounded in a shooting outside a bar."),
                article("a2", "Two people died and three were injured when a gunman fired on a bar crowd."),
                article("a3", "A third man died on Sunday, a week after the bar shooting. Three men were killed and "
                        + "two other people were wounded, police said.")), "a3", Instant.EPOCH);

        assertEquals(3.0, value(story, "killed|person|"));
        assertEquals(2.0, value(story, "injured|person|"));
    }

    @Test
    void shouldCountASuspectFoundDeadAfterHisVictimsAsANewDeath() {
        Fact f = only(extractor.extract("A man suspected of killing three neighbors on Sunday was found dead of a "
                + "self-inflicted gunshot wound, deputies said."), "killed", 4);

        assertEquals(3.0, f.corrects());
    }

    @Test
    void shouldReadATollBroughtToACountAsAnUpdate() {
        Fact f = only(extractor.extract("A teenager wounded in the attack died on Tuesday, bringing the death toll "
                + "from the shooting to five."), "killed", 5);

        assertEquals(4.0, f.corrects());
    }

    @Test
    void shouldReadACountNowDeadAsAnUpdate() {
        assertEquals(1.0, only(extractor.extract("Two now dead after gunfire at a gas station"), "killed", 2)
                .corrects());
    }

    @Test
    void shouldReadARisingNumberOfDeadAsAnUpdate() {
        assertEquals(6.0, only(extractor.extract("The number of dead climbed to seven on Saturday, officials said."),
                "killed", 7).corrects());
    }

    private static Fact only(List<Fact> facts, String predicate, double value) {
        return facts.stream().filter(f -> f.predicate().equals(predicate) && f.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError(predicate + " " + value + " not in " + facts));
    }

    private static double value(List<StoryFact> story, String key) {
        return story.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private ArticleFacts article(String id, String text) {
        return new ArticleFacts(id, "src-" + id, Instant.EPOCH, extractor.extract(text));
    }
}
