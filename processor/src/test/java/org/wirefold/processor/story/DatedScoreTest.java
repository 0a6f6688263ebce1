package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.processor.text.DateReferences;
import org.wirefold.processor.text.TermHash;

/** How a named date changes an article's score against a story that began on that day. */
class DatedScoreTest {
    private static final Instant FIRST_REPORT = Instant.parse("2024-03-04T08:00:00Z");
    private static final long LATER = FIRST_REPORT.plus(Duration.ofDays(200)).toEpochMilli();
    private static final long[] NO_NAMES = new long[0];

    private final StorySimilarity similarity =
            new StorySimilarity(ClusterConfig.defaults(), new TermStats(new MemoryState(), 1024));
    // the first report gives the victim's age; the trial months later the accused's
    private final StorySketch story = StorySketch.first("s-a", FIRST_REPORT.toEpochMilli(),
            FIRST_REPORT.toEpochMilli(), vector("shot", "tavern", "harbor", "age_61"), NO_NAMES, null);
    private final TermVector trial = vector("shot", "tavern", "harbor", "convicted", "age_47");

    private static TermVector vector(String... terms) {
        long[] t = Arrays.stream(terms).mapToLong(TermHash::of).toArray();
        float[] w = new float[t.length];
        Arrays.fill(w, 1f);
        return TermVector.top(t, w, t.length).unit();
    }

    private static List<DateReferences.Range> named(String text) {
        return DateReferences.find(text, Instant.ofEpochMilli(LATER), 4000);
    }

    @Test
    void shouldScoreAFollowUpNamingTheFirstDayAsIfNoTimeHadPassed() {
        double cosine = trial.cosine(story.centroid());

        double dated = similarity.score(trial, NO_NAMES, named("the shooting on March 4"), false, story, LATER);

        // neither the 200-day gap nor the other person's age lowers it, and the named day adds date-bonus
        assertThat(dated).isCloseTo(cosine + ClusterConfig.defaults().dateBonus(), within(1e-9));
    }

    @Test
    void shouldAddNoBonusToAReportWithinTheWeek() {
        long nextDay = FIRST_REPORT.plus(Duration.ofDays(1)).toEpochMilli();
        List<DateReferences.Range> sameDay =
                DateReferences.find("the shooting on March 4", Instant.ofEpochMilli(nextDay), 4000);

        assertThat(similarity.score(trial, NO_NAMES, sameDay, false, story, nextDay))
                .isCloseTo(trial.cosine(story.centroid()), within(1e-9));
    }

    @Test
    void shouldDampAndHalveTheSameFollowUpWithoutTheDate() {
        double cosine = trial.cosine(story.centroid());

        double undated = similarity.score(trial, NO_NAMES, named("the shooting in the spring"), false, story, LATER);
        double otherDay = similarity.score(trial, NO_NAMES, named("the shooting on March 19"), false, story, LATER);

        double damping = 1 / Math.sqrt(1 + 199 / 7.0);
        assertThat(undated).isCloseTo(cosine * 0.5 * damping, within(1e-6));
        assertThat(otherDay).isCloseTo(undated, within(1e-9));
    }
}
