package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.processor.text.TermHash;

/** An article whose headline tells a legal step is damped by time at most to {@code follow-up-time-floor}. */
class FollowUpScoreTest {
    private static final Instant FIRST_REPORT = Instant.parse("2024-03-04T08:00:00Z");
    private static final long MONTHS_LATER = FIRST_REPORT.plus(Duration.ofDays(150)).toEpochMilli();
    private static final long[] NO_NAMES = new long[0];

    private final StorySketch story = StorySketch.first("s-a", FIRST_REPORT.toEpochMilli(),
            FIRST_REPORT.toEpochMilli(), vector("stabbed", "marina", "dock", "quay"), NO_NAMES, null);
    private final TermVector plea = vector("stabbed", "marina", "dock", "pleads");

    private static TermVector vector(String... terms) {
        long[] t = Arrays.stream(terms).mapToLong(TermHash::of).toArray();
        float[] w = new float[t.length];
        Arrays.fill(w, 1f);
        return TermVector.top(t, w, t.length).unit();
    }

    private static StorySimilarity similarity(String floor) {
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.follow-up-time-floor", floor)));
        return new StorySimilarity(config, new TermStats(new MemoryState(), 1024));
    }

    @Test
    void shouldDampALegalStepMonthsLaterOnlyToTheFloor() {
        double cosine = plea.cosine(story.centroid());

        double score = similarity("0.35").score(plea, NO_NAMES, List.of(), true, story, MONTHS_LATER);

        assertThat(score).isCloseTo(cosine * 0.35, within(1e-9));
    }

    @Test
    void shouldDampAnyOtherArticleByTheFullGap() {
        double cosine = plea.cosine(story.centroid());
        double damping = 1 / Math.sqrt(1 + 149 / 7.0); // one free day, time-scale 7 days

        assertThat(similarity("0.35").score(plea, NO_NAMES, List.of(), false, story, MONTHS_LATER))
                .isCloseTo(cosine * damping, within(1e-9));
        assertThat(similarity("0").score(plea, NO_NAMES, List.of(), true, story, MONTHS_LATER))
                .isCloseTo(cosine * damping, within(1e-9));
    }
}
