package org.wirefold.launcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.StoryFact;
import org.wirefold.processor.facts.ArticleFacts;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.text.Boilerplate;

class FactScoresTest {
    private static final Instant T0 = Instant.parse("2016-06-01T00:00:00Z");

    private static StoryFact fact(String predicate, double value, String... articles) {
        return new StoryFact(predicate + "|person|", predicate, "person", "", value, "=", articles.length, false,
                List.of(new StoryFact.Candidate(value, "=", List.of(articles), articles.length)), List.of());
    }

    @Test
    void shouldScoreOnlyIncidentsWhoseArticlesStateTheCount() {
        Map<String, FactScores.Incident> gold = Map.of(
                "a1", new FactScores.Incident("g1", 2, 3), "a2", new FactScores.Incident("g1", 2, 3),
                "b1", new FactScores.Incident("g2", 1, 0));
        Map<String, String> predicted = Map.of("a1", "s1", "a2", "s1", "b1", "s2");
        Map<String, List<StoryFact>> facts = Map.of(
                "s1", List.of(fact("killed", 2, "a1", "a2"), fact("injured", 4, "a2")),
                "s2", List.of());
        FactScores.Result r = FactScores.score(predicted, facts, gold);
        assertEquals(2, r.incidents());
        assertEquals(1, r.killedStated());
        assertEquals(1, r.killedCorrect());
        assertEquals(1, r.injuredStated());
        assertEquals(0, r.injuredCorrect());
        assertEquals(0.5, r.share(), 1e-9);
    }

    @Test
    void shouldMapIncidentToStoryHoldingMostOfItsArticles() {
        Map<String, FactScores.Incident> gold = Map.of("a1", new FactScores.Incident("g1", 1, 0),
                "a2", new FactScores.Incident("g1", 1, 0), "a3", new FactScores.Incident("g1", 1, 0));
        Map<String, String> predicted = Map.of("a1", "big", "a2", "big", "a3", "small");
        Map<String, List<StoryFact>> facts = Map.of("big", List.of(fact("killed", 1, "a1")),
                "small", List.of(fact("killed", 5, "a3")));
        FactScores.Result r = FactScores.score(predicted, facts, gold);
        assertEquals(1, r.killedStated());
        assertEquals(1, r.killedCorrect());
    }

    @Test
    void shouldPrintShareOnGvaWithGoldGrouping() throws IOException {
        Path feed = SharedData.file("corpus/dev/gva-shootings.articles.jsonl");
        Path goldFile = SharedData.file("corpus/dev/gva-shootings.gold.jsonl");
        assumeTrue(feed != null && goldFile != null, "../shared/corpus/dev/gva-shootings.* not present");
        Map<String, FactScores.Incident> gold = FactScores.readGold(goldFile);
        FactExtractor extractor = new FactExtractor();
        Boilerplate boilerplate = new Boilerplate();
        Map<String, List<ArticleFacts>> byStory = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        long nanos = 0;
        int n = 0;
        for (JsonNode a : GoldFile.lines(feed)) {
            String id = a.get("id").asText();
            FactScores.Incident inc = gold.get(id);
            if (inc == null) {
                continue;
            }
            String text = a.path("title").asText("") + "\n" + boilerplate.strip(a.path("body").asText(""));
            long t0 = System.nanoTime();
            var facts = extractor.extract(text);
            nanos += System.nanoTime() - t0;
            n++;
            Instant published = a.hasNonNull("published") ? Instant.parse(a.get("published").asText()) : null;
            byStory.computeIfAbsent(inc.story(), k -> new ArrayList<>())
                    .add(new ArticleFacts(id, a.path("source").asText(), published, facts));
            predicted.put(id, inc.story());
        }
        FactConsolidator consolidator = new FactConsolidator();
        Map<String, List<StoryFact>> consolidated = new LinkedHashMap<>();
        byStory.forEach((story, arts) -> consolidated.put(story, consolidator.consolidate(List.of(), arts, story, T0)));
        FactScores.Result r = FactScores.score(predicted, consolidated, gold);
        System.out.printf("gva facts (gold grouping) %s; extraction %.3f ms/article over %d articles%n", r.summary(),
                nanos / 1e6 / Math.max(1, n), n);
        assertTrue(r.killedStated() > 0 && r.injuredStated() > 0);
    }
}
