package org.wirefold.launcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.ingest.IngestReport;
import org.wirefold.launcher.SharedCorpus;
import org.wirefold.processor.text.Boilerplate;

/**
 * The real example: five articles from five outlets on one event, read from {@code ../shared/corpus/seeds} at test
 * time (skipped when absent), plus one of them re-sent with another footer, through the real pipeline.
 * Nothing here knows the event: it checks counts the seed texts state, as the README of the corpus lists them.
 */
class SeedAcceptanceTest {
    @TempDir
    Path feed;

    @Test
    void shouldMakeOneStoryOfTheFiveSeedsWithTheirCountsConsolidated() throws Exception {
        Optional<Path> seeds = SharedCorpus.find("corpus/seeds");
        assumeTrue(seeds.isPresent(), "../shared/corpus/seeds is not here");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds.get())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Files.copy(f, feed.resolve(f.getFileName()));
        }
        Path last = files.get(files.size() - 1);
        Files.writeString(feed.resolve("zz_resent.txt"), withOtherFooter(Files.readString(last)));

        try (Pipeline pipeline = Pipeline.start(new Pipeline.Options(null, null, Map.of(), false,
                new PrintStream(new ByteArrayOutputStream())))) {
            IngestReport report = pipeline.ingest(List.of(feed.toString()), new PrintStream(new ByteArrayOutputStream()));
            pipeline.awaitProcessed(report.published(), Duration.ofMinutes(2));

            assertThat(report.published()).isEqualTo(files.size() + 1);
            List<Story> live = StoryPrinter.live(pipeline.stories().values());
            assertThat(live).hasSize(1);
            Story story = live.get(0);
            assertThat(story.articles()).hasSize(files.size() + 1);
            String lastTitle = headline(Files.readString(last));
            assertThat(story.articles()).filteredOn(m -> m.duplicateOf() != null).singleElement()
                    .satisfies(m -> assertThat(m.title()).isEqualTo(lastTitle));

            assertThat(fact(story, "released", "")).satisfies(f -> assertExactly(f, 123));
            assertThat(fact(story, "sent", "ukraine")).satisfies(f -> assertExactly(f, 114));
            assertThat(fact(story, "sent", "lithuania")).satisfies(f -> assertExactly(f, 9));
            assertThat(story.facts()).as("political prisoners still held, a lower bound of at least 1,100")
                    .anySatisfy(f -> {
                        assertThat(f.subject()).contains("prisoner");
                        assertThat(f.value()).isGreaterThanOrEqualTo(1100);
                        assertThat(f.qualifier()).isIn(">", "=");
                        assertThat(f.predicate()).isNotIn("released", "sent");
                    });
            assertNoFactFromAFooter(files, pipeline.results());
        }
    }

    private static void assertExactly(StoryFact f, double value) {
        assertThat(f.value()).as(f.key()).isEqualTo(value);
        assertThat(f.qualifier()).as(f.key()).isEqualTo("=");
        assertThat(f.conflict()).as(f.key()).isFalse();
    }

    private static StoryFact fact(Story story, String predicate, String place) {
        return story.facts().stream()
                .filter(f -> f.predicate().equals(predicate) && (place.isEmpty() ? f.place() == null || f.place().isEmpty()
                        : f.place() != null && f.place().contains(place)))
                .filter(f -> f.subject().contains("prisoner") || f.subject().contains("people") || f.subject().contains("person"))
                .max((a, b) -> Integer.compare(a.sources(), b.sources()))
                .orElseThrow(() -> new AssertionError("no " + predicate + " " + place + " fact in " + story.facts()));
    }

    /** Lines the boilerplate remover drops must not be where any fact was read. */
    private static void assertNoFactFromAFooter(List<Path> files, List<ArticleResult> results) throws IOException {
        Boilerplate boilerplate = new Boilerplate();
        List<String> dropped = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String kept = boilerplate.strip(text);
            Arrays.stream(text.split("\n")).map(String::strip).filter(l -> l.length() > 10 && !kept.contains(l))
                    .forEach(dropped::add);
        }
        assertThat(dropped).as("footers recognised as boilerplate").isNotEmpty();
        for (ArticleResult r : results) {
            for (Fact fact : r.facts()) {
                assertThat(dropped).noneMatch(line -> line.contains(fact.span()));
            }
        }
    }

    private static String headline(String text) {
        return text.strip().lines().findFirst().orElseThrow().strip();
    }

    /** The same article as syndicated elsewhere: its last two lines (a footer) replaced by another outlet's. */
    private static String withOtherFooter(String text) {
        List<String> lines = new ArrayList<>(text.strip().lines().toList());
        lines.subList(Math.max(1, lines.size() - 2), lines.size()).clear();
        lines.add("Read more world news every morning in our newsletter. Follow us on social media.");
        lines.add("© 2025 Example Syndicate Ltd. All rights reserved.");
        return String.join("\n", lines) + "\n";
    }
}
