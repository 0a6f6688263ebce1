package org.wirefold.launcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.ingest.IngestReport;

/** ingest → processor → sink on a real in-process KRaft broker, asserting what lands on the output topics. */
class PipelineIntegrationTest {
    private static Pipeline pipeline;
    private static long expectedResults;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pipeline = Pipeline.start(new Pipeline.Options(null, null, Map.of(), false, new PrintStream(new ByteArrayOutputStream())));
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private IngestReport ingest(Path feed) throws Exception {
        IngestReport report = pipeline.ingest(List.of(feed.toString()), new PrintStream(new ByteArrayOutputStream()));
        expectedResults += report.published();
        pipeline.awaitProcessed(expectedResults, Duration.ofMinutes(2));
        return report;
    }

    private static IngestReport sampleReport;

    /** The sample feed, ingested once for the tests that look at it. */
    private IngestReport ingestSampleOnce() throws Exception {
        if (sampleReport == null) {
            sampleReport = ingest(sampleFeed());
        }
        return sampleReport;
    }

    private Path sampleFeed() throws IOException {
        Path feed = dir.resolve("sample.jsonl");
        try (InputStream in = Pipeline.class.getResourceAsStream("/sample/feed.jsonl")) {
            Files.copy(in, feed);
        }
        return feed;
    }

    private static Story storyOf(String articleId) {
        return pipeline.stories().values().stream()
                .filter(s -> s.mergedInto() == null && s.articles().stream().anyMatch(m -> m.id().equals(articleId)))
                .findFirst().orElseThrow(() -> new AssertionError("no story holds " + articleId));
    }

    @Test
    void shouldConsolidateTheSampleFeedIntoOneStoryPerEventOnTheStateTopic() throws Exception {
        IngestReport report = ingestSampleOnce();

        assertThat(report.published()).isEqualTo(7);
        Story ferry = storyOf("harbor-daily-0812");
        assertThat(ferry.schemaVersion()).isEqualTo(Story.SCHEMA_VERSION);
        assertThat(ferry.articles()).extracting(Story.Member::id).containsExactlyInAnyOrder("harbor-daily-0812",
                "coastline-wire-0931", "morning-ledger-0950", "coastline-wire-0931-resend", "lakeside-radio-1104",
                "coastline-wire-1322");
        // The three copies of one wire item: whichever arrives first (input partitions interleave) is the original.
        List<String> copies = List.of("coastline-wire-0931", "morning-ledger-0950", "coastline-wire-0931-resend");
        Map<String, String> duplicates = ferry.articles().stream().filter(m -> m.duplicateOf() != null)
                .collect(Collectors.toMap(Story.Member::id, Story.Member::duplicateOf));
        assertThat(duplicates).hasSize(2);
        assertThat(copies).containsAll(duplicates.keySet()).containsAll(duplicates.values());
        assertThat(ferry.outlets()).containsExactly("Coastline Wire", "Harbor Daily", "Lakeside Radio", "Morning Ledger");
        assertThat(ferry.firstSeen()).isEqualTo("2026-11-20T08:12:00Z");
        assertThat(ferry.lastSeen()).isEqualTo("2026-11-20T13:22:00Z");
        Story tram = storyOf("city-post-1015");
        assertThat(tram.id()).isNotEqualTo(ferry.id());
        assertThat(tram.articles()).hasSize(1);
        Map<String, ArticleResult> results = pipeline.results().stream()
                .collect(Collectors.toMap(ArticleResult::id, r -> r, (a, b) -> b));
        assertThat(copies).extracting(id -> results.get(id).reason()).filteredOn(r -> r != null)
                .as("a re-sent wire item is an exact duplicate, the syndicated copy with edits a near one")
                .containsExactlyInAnyOrder("exact", "near");
    }

    @Test
    void shouldPublishFactUpdatesThatEndInTheValuesOnTheStateTopic() throws Exception {
        ingestSampleOnce();
        Story ferry = storyOf("harbor-daily-0812");
        Map<String, FactUpdate> lastByKey = pipeline.factUpdates().stream()
                .filter(u -> u.story().equals(ferry.id()))
                .collect(Collectors.toMap(FactUpdate::key, u -> u, (a, b) -> b));

        assertThat(ferry.facts()).isNotEmpty();
        assertThat(lastByKey.keySet()).containsExactlyInAnyOrderElementsOf(
                ferry.facts().stream().map(StoryFact::key).toList());
        for (StoryFact fact : ferry.facts()) {
            assertThat(lastByKey.get(fact.key()).newValue()).as(fact.key()).isEqualTo(fact.value());
            assertThat(fact.history()).as(fact.key()).isNotEmpty();
        }
        StoryFact killed = ferry.facts().stream().filter(f -> f.predicate().equals("killed")).findFirst().orElseThrow();
        assertThat(killed.value()).as("the correction (five, not four) supersedes").isEqualTo(5.0);
    }

    @Test
    void shouldDeadLetterEveryBadLineAndLoseNoGoodArticle() throws Exception {
        Path feed = dir.resolve("mixed.jsonl");
        String good1 = "{\"id\":\"mix-1\",\"source\":\"Valley Times\",\"published\":\"2026-02-01T10:00:00Z\","
                + "\"title\":\"Snowstorm shuts mountain pass near Brena\",\"body\":\"The Brena pass was closed on Sunday after 80 centimetres of snow fell overnight.\"}";
        String good2 = "{\"id\":\"mix-2\",\"source\":\"Port Gazette\",\"published\":\"2026-02-01T11:00:00Z\","
                + "\"title\":\"Harbour cranes modernised in Solvik\",\"body\":\"Solvik harbour installed four electric cranes this week.\"}";
        byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', 'x', (byte) 0xC3, (byte) 0x28, '"', '}'};
        try (var out = Files.newOutputStream(feed)) {
            out.write((good1 + "\n{\"id\": \"broken\", \"title\": \n").getBytes(StandardCharsets.UTF_8));
            out.write(invalidUtf8);
            out.write(("\n{\"id\":\"hollow\",\"title\":\"\",\"body\":\"\"}\n" + good2 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long deadBefore = pipeline.deadLetters().size();

        IngestReport report = ingest(feed);

        assertThat(report.published()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(3);
        List<DeadLetter> letters = pipeline.deadLetters().subList((int) deadBefore, pipeline.deadLetters().size());
        assertThat(letters).extracting(DeadLetter::reason)
                .containsExactlyInAnyOrder("malformed-json", "invalid-utf8", "empty-article");
        assertThat(letters).allSatisfy(d -> assertThat(d.origin()).contains("mixed.jsonl:"));
        assertThat(pipeline.results()).filteredOn(r -> r.id().startsWith("mix-"))
                .extracting(ArticleResult::status).containsOnly(ArticleResult.ACCEPTED).hasSize(2);
        assertThat(storyOf("mix-1").id()).isNotEqualTo(storyOf("mix-2").id());
    }
}
