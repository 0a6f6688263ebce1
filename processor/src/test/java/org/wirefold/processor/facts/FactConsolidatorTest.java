package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;

class FactConsolidatorTest {
    private static final Instant T0 = Instant.parse("2025-12-13T10:00:00Z");
    private final FactConsolidator consolidator = new FactConsolidator();

    private static Fact fact(String predicate, String subject, double value, String qualifier) {
        return new Fact(predicate + "|" + subject + "|", predicate, subject, "", value, qualifier, false, null, "x");
    }

    private static Fact correction(double value, double corrects) {
        return new Fact("injured|person|", "injured", "person", "", value, "=", false, corrects, "x");
    }

    private static ArticleFacts article(String id, int minute, Fact... facts) {
        return new ArticleFacts(id, "outlet-" + id, T0.plusSeconds(60L * minute), List.of(facts));
    }

    private StoryFact one(List<StoryFact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(facts));
    }

    @Test
    void shouldLetExactValueAbsorbConsistentBound() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("released", "prisoner", 100, ">")),
                article("b", 5, fact("released", "prisoner", 123, "="))), "b", T0);
        StoryFact f = one(out, "released|prisoner|");
        assertEquals(123, f.value());
        assertEquals("=", f.qualifier());
        assertFalse(f.conflict());
        assertEquals(1, f.sources());
        assertEquals(2, f.candidates().size());
    }

    @Test
    void shouldPreferMostSourcesOverRecency() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("killed", "person", 3, "=")),
                article("b", 1, fact("killed", "person", 3, "=")),
                article("c", 9, fact("killed", "person", 4, "="))), "c", T0);
        StoryFact f = one(out, "killed|person|");
        assertEquals(3, f.value());
        assertEquals(2, f.sources());
        assertFalse(f.conflict());
    }

    @Test
    void shouldBreakTieByRecencyAndFlagConflict() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("killed", "person", 3, "=")),
                article("b", 9, fact("killed", "person", 4, "="))), "b", T0);
        StoryFact f = one(out, "killed|person|");
        assertEquals(4, f.value());
        assertTrue(f.conflict());
        assertEquals(List.of("a"), f.candidates().get(0).articles());
        assertEquals(List.of("b"), f.candidates().get(1).articles());
    }

    @Test
    void shouldLetCorrectionSupersedeMajority() {
        List<StoryFact> first = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("injured", "person", 5, "=")),
                article("b", 1, fact("injured", "person", 5, "="))), "b", T0);
        List<StoryFact> out = consolidator.consolidate(first, List.of(
                article("a", 0, fact("injured", "person", 5, "=")),
                article("b", 1, fact("injured", "person", 5, "=")),
                article("c", 2, correction(4, 5))), "c", T0.plusSeconds(600));
        StoryFact f = one(out, "injured|person|");
        assertEquals(4, f.value());
        assertFalse(f.conflict());
        assertEquals(2, f.history().size());
        StoryFact.Change last = f.history().get(1);
        assertEquals("correction", last.reason());
        assertEquals(5.0, last.oldValue());
        assertEquals("c", last.article());
    }

    @Test
    void shouldNotLetCorrectionOfUnstatedValueSupersedeOtherCount() {
        // one outlet: "the man wounded on Friday has died" (one wounded is none now); another: two wounded
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("injured", "person", 2, "=")),
                article("b", 1, correction(0, 1))), "b", T0);
        StoryFact f = one(out, "injured|person|");
        assertEquals(2, f.value());
        assertTrue(f.conflict());
        assertEquals(List.of("new-fact"), f.history().stream().map(StoryFact.Change::reason).toList());
    }

    @Test
    void shouldLetCorrectionSupersedeStatedValueBesideOtherCount() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("injured", "person", 1, "=")),
                article("b", 1, fact("injured", "person", 2, "=")),
                article("c", 2, correction(0, 1))), "c", T0);
        assertEquals(0, one(out, "injured|person|").value());
    }

    @Test
    void shouldTakeMostRecentApproximationWhenNoExactValue() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("late", 9, fact("arrested", "protester", 100, "~")),
                article("early", 0, fact("arrested", "protester", 1000, "~"))), "late", T0);
        StoryFact f = one(out, "arrested|protester|");
        assertEquals(100, f.value());
        assertEquals("~", f.qualifier());
    }

    @Test
    void shouldFlagBoundThatExactValueContradicts() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("arrested", "protester", 200, ">")),
                article("b", 1, fact("arrested", "protester", 120, "="))), "b", T0);
        assertTrue(one(out, "arrested|protester|").conflict());
    }

    @Test
    void shouldAppendHistoryOnlyWhenValueChanges() {
        List<ArticleFacts> arts = new ArrayList<>(List.of(article("a", 0, fact("released", "prisoner", 100, ">"))));
        List<StoryFact> v1 = consolidator.consolidate(List.of(), arts, "a", T0);
        arts.add(article("b", 1, fact("released", "prisoner", 123, "=")));
        List<StoryFact> v2 = consolidator.consolidate(v1, arts, "b", T0.plusSeconds(60));
        arts.add(article("c", 2, fact("released", "prisoner", 123, "=")));
        List<StoryFact> v3 = consolidator.consolidate(v2, arts, "c", T0.plusSeconds(120));
        StoryFact f = one(v3, "released|prisoner|");
        assertEquals(2, f.sources());
        assertEquals(List.of("new-fact", "new-value"), f.history().stream().map(StoryFact.Change::reason).toList());
        assertEquals(100.0, f.history().get(1).oldValue());
        assertEquals(T0.plusSeconds(60), f.history().get(1).at());
    }

    @Test
    void shouldGiveSameValuesForPermutedArticles() {
        List<ArticleFacts> arts = List.of(
                article("a", 0, fact("released", "prisoner", 100, ">"), fact("sent", "prisoner", 114, "=")),
                article("b", 1, fact("released", "prisoner", 123, "=")),
                article("c", 2, fact("released", "prisoner", 123, "="), fact("killed", "person", 2, "=")),
                article("d", 3, fact("released", "prisoner", 120, "="), fact("killed", "person", 2, "=")),
                article("e", 4, fact("held", "prisoner", 1100, ">"), fact("killed", "person", 3, "=")));
        List<StoryFact> reference = consolidator.consolidate(List.of(), arts, "e", T0);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<ArticleFacts> shuffled = new ArrayList<>(arts);
            Collections.shuffle(shuffled, random);
            List<StoryFact> out = consolidator.consolidate(List.of(), shuffled, "x", T0);
            assertEquals(reference.stream().map(f -> f.key() + "=" + f.qualifier() + f.value() + "/" + f.sources()
                            + "/" + f.conflict() + "/" + f.candidates()).toList(),
                    out.stream().map(f -> f.key() + "=" + f.qualifier() + f.value() + "/" + f.sources()
                            + "/" + f.conflict() + "/" + f.candidates()).toList());
        }
    }

    @Test
    void shouldGiveSubjectlessFactTheStorysNoun() {
        Fact bare = new Fact("released||", "released", "", "", 123, "=", false, null, "123 freed");
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, bare), article("b", 1, fact("released", "prisoner", 123, "="))), "b", T0);
        assertEquals(1, out.size(), out::toString);
        assertEquals(2, out.get(0).sources());
    }

    @Test
    void shouldBreakATieOfTheWoundedByThePeopleShotLessTheDead() {
        // one outlet counts a victim who later died among the wounded, the other does not
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("shot", "person", 5, "="), fact("killed", "person", 2, "="),
                        fact("injured", "person", 3, "=")),
                article("b", 3, fact("killed", "person", 2, "="), fact("injured", "person", 4, "="))), "b", T0);
        StoryFact f = one(out, "injured|person|");
        assertEquals(3, f.value());
        assertTrue(f.conflict());
        assertEquals(2, one(out, "killed|person|").value());
    }

    @Test
    void shouldKeepTheLargerWoundedCountWithoutAPeopleShotTotal() {
        List<StoryFact> out = consolidator.consolidate(List.of(), List.of(
                article("a", 0, fact("killed", "person", 2, "="), fact("injured", "person", 3, "=")),
                article("b", 3, fact("killed", "person", 2, "="), fact("injured", "person", 4, "="))), "b", T0);
        assertEquals(4, one(out, "injured|person|").value());
    }

    @Test
    void shouldCountEveryArticleOfACandidateButListABoundedFew() {
        List<ArticleFacts> articles = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            articles.add(article(String.format("a%02d", i), i, fact("killed", "person", 6, "=")));
        }
        StoryFact f = one(consolidator.consolidate(List.of(), articles, "a44", T0), "killed|person|");
        assertEquals(45, f.sources());
        assertEquals(45, f.candidates().get(0).sources());
        assertEquals(FactConsolidator.LISTED_ARTICLES, f.candidates().get(0).articles().size());
        assertEquals("a00", f.candidates().get(0).articles().get(0));
    }

    @Test
    void shouldKeepTheFirstAndTheLatestChangesOfAFactThatKeepsChanging() {
        List<StoryFact> facts = List.of();
        List<ArticleFacts> articles = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // every report raises the toll, carried by two outlets: the value changes each time
            articles.add(article("r" + i, i, fact("killed", "person", 10 + i, "=")));
            articles.add(article("c" + i, i, fact("killed", "person", 10 + i, "=")));
            facts = consolidator.consolidate(facts, articles, "r" + i, T0.plusSeconds(60L * i));
        }
        StoryFact f = one(facts, "killed|person|");
        assertEquals(FactConsolidator.MAX_HISTORY, f.history().size());
        assertEquals("new-fact", f.history().get(0).reason());
        assertEquals(129, f.history().get(f.history().size() - 1).value());
    }
}
