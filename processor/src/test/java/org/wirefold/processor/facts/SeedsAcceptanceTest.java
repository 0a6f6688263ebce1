package org.wirefold.processor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.StoryFact;
import org.wirefold.common.model.Story;

/** The five seed articles of one event (../shared/corpus/seeds), consolidated as one story. Skipped without them. */
class SeedsAcceptanceTest {
    private static final Instant T0 = Instant.parse("2025-12-13T12:00:00Z");
    private static List<Path> seeds = List.of();

    @BeforeAll
    static void findSeeds() throws IOException {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path dir = Path.of(root, "corpus", "seeds");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
                return;
            }
        }
    }

    private static List<ArticleFacts> articles() throws IOException {
        FactExtractor extractor = new FactExtractor();
        List<ArticleFacts> out = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            String text = Files.readString(seeds.get(i));
            out.add(new ArticleFacts("seed-" + i, "outlet-" + i, T0.plusSeconds(3600L * i), extractor.extract(text)));
        }
        return out;
    }

    private static StoryFact fact(List<StoryFact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + facts));
    }

    @Test
    void shouldConsolidateTheSeedStory() throws IOException {
        assumeTrue(!seeds.isEmpty(), "../shared/corpus/seeds not present");
        List<ArticleFacts> articles = articles();
        FactConsolidator consolidator = new FactConsolidator();
        List<StoryFact> facts = List.of();
        for (int i = 0; i < articles.size(); i++) { // as the aggregator does: after every arrival
            facts = consolidator.consolidate(facts, articles.subList(0, i + 1), articles.get(i).articleId(),
                    T0.plusSeconds(3600L * i));
        }
        facts.forEach(f -> System.out.printf("seed fact %-26s %s%s sources=%d conflict=%s candidates=%s history=%s%n",
                f.key(), f.qualifier(), Quantity.format(f.value()), f.sources(), f.conflict(),
                f.candidates().stream().map(c -> c.qualifier() + Quantity.format(c.value()) + c.articles()).toList(),
                f.history().stream().map(h -> h.reason() + ":" + Quantity.format(h.value())).toList()));

        StoryFact released = fact(facts, "released|prisoner|");
        assertEquals(123, released.value());
        assertEquals("=", released.qualifier());
        assertTrue(released.sources() >= 4, "sources " + released.sources());
        assertFalse(released.conflict(), "the early 'over 100 other prisoners' must be absorbed");
        assertTrue(released.candidates().stream().anyMatch(c -> c.qualifier().equals(">") && c.value() >= 100
                && c.value() < 123), released.candidates()::toString);

        assertEquals(114, fact(facts, "sent|prisoner|ukraine").value());
        assertTrue(fact(facts, "sent|prisoner|ukraine").sources() >= 2);
        assertEquals(9, fact(facts, "sent|prisoner|lithuania").value());
        assertEquals(5, fact(facts, "released|citizen|").value());
        StoryFact held = fact(facts, "held|prisoner|");
        assertEquals(1100, held.value());
        assertEquals(">", held.qualifier());
        facts.forEach(f -> assertFalse(f.conflict(), f::toString));
    }

    @Test
    void shouldGiveSameValuesInAnyArticleOrder() throws IOException {
        assumeTrue(!seeds.isEmpty(), "../shared/corpus/seeds not present");
        List<ArticleFacts> articles = articles();
        FactConsolidator consolidator = new FactConsolidator();
        List<String> reference = summary(consolidator.consolidate(List.of(), articles, "x", T0));
        List<ArticleFacts> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        assertEquals(reference, summary(consolidator.consolidate(List.of(), reversed, "x", T0)));
        List<ArticleFacts> rotated = new ArrayList<>(articles);
        Collections.rotate(rotated, 2);
        assertEquals(reference, summary(consolidator.consolidate(List.of(), rotated, "x", T0)));
    }

    @Test
    void shouldTakeNoFactFromFooters() throws IOException {
        assumeTrue(!seeds.isEmpty(), "../shared/corpus/seeds not present");
        FactExtractor extractor = new FactExtractor();
        for (Path p : seeds) {
            for (String line : Files.readAllLines(p)) {
                String l = line.strip();
                if (l.startsWith("Follow") || l.startsWith("©") || l.startsWith("Leave a Reply") || l.startsWith("Join our")
                        || l.startsWith("Your email")) {
                    assertTrue(extractor.extract(l).isEmpty(), () -> p + ": " + l);
                }
            }
        }
    }

    @Test
    void shouldMergeNameVariantsOfTheSeeds() throws IOException {
        assumeTrue(!seeds.isEmpty(), "../shared/corpus/seeds not present");
        PeopleExtractor people = new PeopleExtractor();
        Map<String, Integer> counts = new TreeMap<>();
        for (Path p : seeds) {
            people.mentions(Files.readString(p)).forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        List<Story.Person> merged = people.merge(counts);
        merged.forEach(x -> System.out.println("seed person " + x));
        Story.Person svetlana = find(merged, "Tikhanovskaya");
        assertTrue(svetlana.variants().stream().anyMatch(v -> v.contains("Tsikhanouskaya")), svetlana::toString);
        assertFalse(svetlana.variants().stream().anyMatch(v -> v.contains("Sergei")), svetlana::toString);
        Story.Person babaryka = find(merged, "Babaryk");
        assertEquals(2, babaryka.variants().size(), babaryka::toString);
        assertNotNull(find(merged, "Sergei"));
    }

    private static Story.Person find(List<Story.Person> people, String part) {
        return people.stream().filter(p -> p.variants().stream().anyMatch(v -> v.contains(part))).findFirst()
                .orElseThrow(() -> new AssertionError(part + " not in " + people));
    }

    private static List<String> summary(List<StoryFact> facts) {
        return facts.stream().map(f -> f.key() + "=" + f.qualifier() + f.value() + "/" + f.sources() + "/" + f.conflict())
                .toList();
    }
}
