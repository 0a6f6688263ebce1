package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirefold.processor.facts.ExtractedCounts.values;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

class RankedDeathsTest {
    private final FactExtractor extractor = new FactExtractor();

    @Test
    void shouldCountEveryDeathUpToARankedVictimOfAHeadline() {
        assertEquals(List.of(2.0), values("Second teenager hurt in park shooting dies", "killed"));
        assertEquals(List.of(5.0), values("5th victim dies weeks after warehouse attack", "killed"));
    }

    @Test
    void shouldFindTheDeathOfARankedVictimPastAClause() {
        List<Fact> facts = extractor.extract("A fourth victim of the market shooting, which killed three other "
                + "shoppers, has died in hospital.").stream().filter(f -> f.predicate().equals("killed")).toList();

        assertEquals(4.0, facts.get(facts.size() - 1).value());
        assertEquals(3.0, facts.get(facts.size() - 1).corrects());
    }

    @Test
    void shouldLetARankedDeathUpdateTheTollOthersReported() {
        List<StoryFact> story = new FactConsolidator().consolidate(List.of(), List.of(
                article("a1", "Two men were killed in a shooting at a bus stop on Friday."),
                article("a2", "Two men died after gunfire erupted at a bus stop, police said."),
                article("a3", "A third man has died after the bus stop shooting on Friday.")), "a3", Instant.EPOCH);

        assertEquals(3.0, story.stream().filter(f -> f.key().equals("killed|person|")).findFirst().orElseThrow()
                .value());
    }

    @Test
    void shouldNotRankASuspectOrAWoundedVictim() {
        assertEquals(List.of(), values("A second suspect was arrested on Monday.", "killed"));
        assertEquals(List.of(), values("Third victim of the crash is released from hospital", "killed"));
    }

    private ArticleFacts article(String id, String text) {
        return new ArticleFacts(id, "src-" + id, Instant.EPOCH, extractor.extract(text));
    }
}
