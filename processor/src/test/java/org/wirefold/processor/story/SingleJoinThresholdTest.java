package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirefold.processor.story.Articles.T0;
import static org.wirefold.processor.story.Articles.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

/**
 * A story of one article has its own join threshold ({@code single-join-threshold}); from its second article on,
 * {@code join-threshold} applies. The thresholds are set far apart so that the reports' exact scores do not matter.
 */
class SingleJoinThresholdTest {
    private static final String TITLE = "Bridge closed after barge strikes pier on the Elm River";
    private static final String BODY = """
            A loaded gravel barge struck a pier of the Elm River bridge on Tuesday night, and the county closed the
            bridge to traffic while engineers checked the damage. No one was hurt. The towboat crew told the coast
            guard that a strong current pushed the barge off course.""";

    private static StoryClusterer clusterer(String join, String singleJoin) {
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of(
                "wirefold.cluster.join-threshold", join, "wirefold.cluster.single-join-threshold", singleJoin)));
        StoryClusterer clusterer = new StoryClusterer(config, new MemoryState());
        clusterer.rebuild();
        return clusterer;
    }

    /** A rewrite by another outlet: the same event in other words, close to the first report but no copy. */
    private static Articles rewrite(String id, int hours) {
        return article(id).title("Elm River bridge shut as barge hits pier")
                .body("""
                        Engineers inspected the Elm River bridge on Wednesday after a gravel barge hit one of its piers,
                        and the county kept the bridge closed. The coast guard said the towboat lost control in a
                        strong current.""")
                .at(T0.plus(Duration.ofHours(hours)));
    }

    private static String send(StoryClusterer clusterer, Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> events = clusterer.process(a, a.article().published().toEpochMilli());
        return events.get(events.size() - 1).story();
    }

    @Test
    void shouldJoinAStoryOfOneArticleAtTheSingleThreshold() {
        StoryClusterer clusterer = clusterer("0.95", "0.05");
        send(clusterer, article("first").title(TITLE).body(BODY));

        assertThat(send(clusterer, rewrite("second", 2))).isEqualTo("s-first");
    }

    @Test
    void shouldApplyTheJoinThresholdFromTheSecondArticleOn() {
        StoryClusterer clusterer = clusterer("0.95", "0.05");
        send(clusterer, article("first").title(TITLE).body(BODY));
        send(clusterer, rewrite("second", 2));

        assertThat(send(clusterer, article("third").title("Barge crash keeps Elm River bridge closed for a second day")
                .body("""
                        Drivers faced long detours on Thursday as the Elm River bridge stayed closed after a barge
                        struck a pier, county officials said. Engineers expect to finish their checks next week.""")
                .at(T0.plus(Duration.ofHours(30))))).isEqualTo("s-third");
    }

    @Test
    void shouldKeepAStoryOfOneArticleApartBelowTheSingleThreshold() {
        StoryClusterer clusterer = clusterer("0.05", "0.95");
        send(clusterer, article("first").title(TITLE).body(BODY));

        assertThat(send(clusterer, rewrite("second", 2))).isEqualTo("s-second");
    }
}
