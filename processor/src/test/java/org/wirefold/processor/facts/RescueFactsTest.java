package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

class RescueFactsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T06:00:00Z");
    private final FactExtractor extractor = new FactExtractor();

    private Fact first(String text, String key) {
        return extractor.extract(text).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + extractor.extract(text)));
    }

    @Test
    void shouldKeyPeopleAboardAsPeople() {
        Fact f = first("A bus carrying more than 40 people overturned on the mountain road.", "aboard|person|");
        assertEquals(40, f.value());
        assertEquals(">", f.qualifier());
        List<Fact> fs = extractor.extract("Barge with 30 aboard sinks off the cape");
        assertEquals(List.of("aboard|person|"), fs.stream().map(Fact::key).toList());
        assertEquals(118, first("The plane was carrying 112 passengers and six crew members.", "aboard|person|").value());
    }

    @Test
    void shouldKeepCapacityApartFromPeopleAboard() {
        List<Fact> fs = extractor.extract("The coach was licensed for 60 passengers.");
        assertEquals(List.of("capacity|passenger|"), fs.stream().map(Fact::key).toList());
    }

    @Test
    void shouldReadRescuedAndMissing() {
        assertEquals(31, first("Coast guards rescued 31 people overnight.", "rescued|person|").value());
        assertEquals(12, first("Divers pulled 12 survivors from the river.", "rescued|person|").value());
        assertEquals(9, first("Nine fishermen remain missing after the storm.", "missing|person|").value());
        assertEquals(7, first("Seven workers are unaccounted for, the company said.", "missing|person|").value());
        assertTrue(extractor.extract("Nine fishermen remain missing after the storm.").stream()
                .noneMatch(f -> f.predicate().equals("held")));
    }

    @Test
    void shouldReadCorrectionsAnywhereInTheSentence() {
        Fact f = first("Six people died when the bridge collapsed on Monday, not five as first reported, officials "
                + "said.", "killed|person|");
        assertEquals(6, f.value());
        assertEquals(5.0, f.corrects());
        Fact note = first("(Corrects death toll in second paragraph to seven from six)", "killed|person|");
        assertEquals(7, note.value());
        assertEquals(6.0, note.corrects());
    }

    @Test
    void shouldLetCorrectionSupersedeEarlierMajorityInAnyArrivalOrder() {
        List<ArticleFacts> arts = List.of(
                article("a", 0, "Five people died when the tunnel flooded, rescuers said."),
                article("b", 30, "Five people died when the tunnel flooded on Monday."),
                article("c", 90, "Six people died when the tunnel flooded on Monday, not five as first reported."));
        for (boolean reverse : new boolean[] {false, true}) {
            List<ArticleFacts> order = new ArrayList<>(arts);
            if (reverse) {
                Collections.reverse(order);
            }
            List<StoryFact> facts = List.of();
            List<ArticleFacts> seen = new ArrayList<>();
            for (ArticleFacts a : order) {
                seen.add(a);
                facts = new FactConsolidator().consolidate(facts, seen, a.articleId(), a.published());
            }
            StoryFact killed = facts.stream().filter(f -> f.key().equals("killed|person|")).findFirst().orElseThrow();
            assertEquals(6, killed.value(), () -> "reverse=" + reverse);
        }
    }

    @Test
    void shouldPreferTheLargerCasualtyCountOnATie() {
        List<StoryFact> facts = new FactConsolidator().consolidate(List.of(), List.of(
                article("a", 0, "Three people were killed in the blast."),
                article("b", 10, "Four people were killed in the blast.")), "b", T0);
        assertEquals(4, facts.stream().filter(f -> f.key().equals("killed|person|")).findFirst().orElseThrow().value());
        List<StoryFact> reversed = new FactConsolidator().consolidate(List.of(), List.of(
                article("b", 10, "Four people were killed in the blast."),
                article("a", 0, "Three people were killed in the blast.")), "a", T0);
        assertEquals(4, reversed.stream().filter(f -> f.key().equals("killed|person|")).findFirst().orElseThrow().value());
    }

    private ArticleFacts article(String id, int minute, String text) {
        return new ArticleFacts(id, "outlet-" + id, T0.plusSeconds(60L * minute), extractor.extract(text));
    }
}
