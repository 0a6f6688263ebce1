package org.wirefold.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.facts.ArticleFacts;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryAggregate;

class StoryAggregatesTest {
    private static final int MAX_RECORD_BYTES = 1_000_000; // Kafka's default max.message.bytes / max.request.size
    private final FactExtractor facts = new FactExtractor();
    private final PeopleExtractor people = new PeopleExtractor();
    private final StoryAggregates aggregates = new StoryAggregates(new FactConsolidator(), people, 200, 300);

    /** Report {@code i} of a long-running story: other counts, another quoted official, a long headline. */
    private CleanArticle report(int i) {
        String title = "Flood toll revised in Valmora as rescue teams reach the upper valley " + "again ".repeat(60);
        String text = title + "\n" + (i % 40 + 3) + " people were killed and " + (i % 17 + 10)
                + " were injured, said Colonel Arvid" + i + " Dorran of the regional agency. "
                + (i % 9 + 2) + " families were sent to shelters in Kessa.";
        return new CleanArticle(Articles.article("f" + i).source("Outlet " + (i % 300)).minutesLater(i).title(title)
                .build(), text, "hash-f" + i, facts.extract(text), people.mentions(text), List.of(), null);
    }

    private StoryAggregate feed(List<Integer> order) {
        StoryAggregate agg = StoryAggregates.empty("s-long");
        for (int i : order) {
            agg = aggregates.add(agg, report(i), null, Articles.T0.plusSeconds(60L * i));
        }
        return agg;
    }

    private static int bytes(StoryAggregate agg) {
        return JsonSerde.of(StoryAggregate.class).serializer().serialize("t", agg).length;
    }

    private static int bytes(Story story) {
        return JsonSerde.of(Story.class).serializer().serialize("t", story).length;
    }

    private static List<Integer> upTo(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        return order;
    }

    @Test
    void shouldKeepALongRunningStoryUnderTheRecordSizeLimitAndStopGrowing() {
        StoryAggregate half = feed(upTo(800));
        StoryAggregate full = feed(upTo(1600));

        assertThat(full.memberCount()).isEqualTo(1600);
        assertThat(full.articleFacts()).hasSize(300);
        assertThat(bytes(full)).isLessThan(MAX_RECORD_BYTES);
        assertThat(bytes(full.toStory())).isLessThan(MAX_RECORD_BYTES);
        assertThat((double) bytes(full)).isLessThan(bytes(half) * 1.05);
        assertThat(full.toStory().articleCount()).isEqualTo(1600);
        assertThat(full.toStory().articles()).hasSize(200);
        assertThat(full.toStory().outlets()).hasSize(300); // beyond the 200 listed members
        StoryFact killed = full.facts().stream().filter(f -> f.predicate().equals("killed")).findFirst().orElseThrow();
        assertThat(killed.candidates()).allSatisfy(c -> assertThat(c.articles()).hasSizeLessThanOrEqualTo(20));
        assertThat(killed.candidates().stream().mapToInt(StoryFact.Candidate::sources).sum()).isEqualTo(300);
    }

    @Test
    void shouldKeepTheSameFactArticlesWhateverTheArrivalOrder() {
        List<Integer> shuffled = upTo(700);
        Collections.shuffle(shuffled, new Random(7));

        StoryAggregate inOrder = feed(upTo(700));
        StoryAggregate mixed = feed(shuffled);

        Set<String> kept = ids(inOrder.articleFacts());
        assertThat(ids(mixed.articleFacts())).isEqualTo(kept);
        assertThat(kept).contains("f0", "f49", "f450", "f699").doesNotContain("f50", "f449");
        assertThat(mixed.facts().stream().map(f -> f.key() + "=" + f.value()).toList())
                .isEqualTo(inOrder.facts().stream().map(f -> f.key() + "=" + f.value()).toList());
    }

    @Test
    void shouldKeepNoFactsForArticlesThatStateNone() {
        CleanArticle plain = new CleanArticle(Articles.article("p1").build(), "Bridge reopens\nTraffic flows again.",
                "hash-p1", List.of(), List.of(), List.of(), null);

        StoryAggregate agg = aggregates.add(StoryAggregates.empty("s-p"), plain, null, Articles.T0);

        assertThat(agg.memberCount()).isEqualTo(1);
        assertThat(agg.articleFacts()).isEmpty();
    }

    private static Set<String> ids(List<ArticleFacts> list) {
        return list.stream().map(ArticleFacts::articleId).collect(Collectors.toSet());
    }
}
