package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirefold.processor.story.Articles.T0;
import static org.wirefold.processor.story.Articles.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

/**
 * A further candidate story of one article merges with the story an article joins at {@code single-merge-threshold},
 * once the stream has seen {@code single-merge-warm-up} articles and while the story joined has at most
 * {@code single-merge-max-articles}; otherwise {@code merge-threshold} applies. Two
 * first reports of one fire share no word; a third report shares words with both and bridges them. The thresholds are
 * set far apart so that the exact scores do not matter.
 */
class SingleMergeThresholdTest {
    private final List<StoryEvent> events = new ArrayList<>();

    private StoryClusterer clusterer(String warmUp) {
        return clusterer(warmUp, "200");
    }

    private StoryClusterer clusterer(String warmUp, String maxArticles) {
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.join-threshold", "0.01",
                "wirefold.cluster.single-join-threshold", "0.01", "wirefold.cluster.merge-threshold", "0.95",
                "wirefold.cluster.single-merge-threshold", "0.02", "wirefold.cluster.single-merge-warm-up", warmUp,
                "wirefold.cluster.single-merge-max-articles", maxArticles)));
        StoryClusterer c = new StoryClusterer(config, new MemoryState());
        c.rebuild();
        return c;
    }

    private String send(StoryClusterer c, Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> out = c.process(a, a.article().published().toEpochMilli());
        events.addAll(out);
        return out.get(out.size() - 1).story();
    }

    private String threeReports(StoryClusterer c) {
        assertThat(send(c, article("x1").title("Warehouse blaze on Dock Road")
                .body("A blaze gutted a warehouse on Dock Road overnight."))).isEqualTo("s-x1");
        assertThat(send(c, article("y1").title("Firefighters battle flames at Kessler storage depot")
                .body("Crews fought flames for hours at the Kessler storage depot.")
                .at(T0.plus(Duration.ofMinutes(20))))).isEqualTo("s-y1");
        return send(c, article("z1").title("Kessler depot on Dock Road destroyed by warehouse blaze")
                .body("Firefighters fought the blaze at the Kessler storage depot, a warehouse on Dock Road.")
                .at(T0.plus(Duration.ofMinutes(40))));
    }

    @Test
    void shouldMergeAOneArticleStoryThatAReportBridgesAfterTheWarmUp() {
        String story = threeReports(clusterer("3"));

        assertThat(story).isEqualTo("s-x1");
        assertThat(events).anyMatch(e -> e.kind() == StoryEvent.Kind.MERGE && e.story().equals("s-y1")
                && e.mergeInto().equals("s-x1"));
    }

    @Test
    void shouldApplyTheMergeThresholdDuringTheWarmUp() {
        threeReports(clusterer("100"));

        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.MERGE);
    }

    @Test
    void shouldApplyTheMergeThresholdWhenTheJoinedStoryIsBroaderThanTheBound() {
        // the joined story has one article, over a bound of none
        threeReports(clusterer("3", "0"));

        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.MERGE);
    }
}
