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

/** A follow-up months later that names the day of the event is not damped by time against that event's story. */
class NamedDateTest {
    // T0 is 2024-03-04: the fire was first reported that day
    private static final String FIRE_TITLE = "Warehouse fire forces evacuation of riverside homes";
    private static final String FIRE_BODY = """
            Flames tore through a paint warehouse on the riverside industrial estate early on Monday, and fire crews
            evacuated forty homes as thick smoke drifted across the river. Two firefighters were treated for burns.
            The warehouse owner said solvents stored inside fed the blaze, which took six hours to bring under control.""";
    private static final String CHARGE_TITLE = "Paint firm owner admits licence breach";
    private static final String CHARGE_BODY = """
            The owner of a paint company pleaded guilty on Tuesday to keeping solvents without a licence at the
            riverside warehouse that burned %s. A judge fined him and ordered a safety audit of his other sites.""";

    private static String storyOfFollowUp(String when, int namedDates) {
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of(
                "wirefold.cluster.named-dates", String.valueOf(namedDates), "wirefold.cluster.story-ttl", "365d")));
        StoryClusterer clusterer = new StoryClusterer(config, new MemoryState());
        clusterer.rebuild();
        send(clusterer, article("fire").title(FIRE_TITLE).body(FIRE_BODY));
        for (int i = 0; i < 4; i++) {
            send(clusterer, article("f" + i).title("Library extends opening hours " + i)
                    .body("The town library will open on Sundays from next month, the council said.")
                    .at(T0.plus(Duration.ofDays(10 + i))));
        }
        return send(clusterer, article("charge").title(CHARGE_TITLE).body(CHARGE_BODY.formatted(when))
                .at(T0.plus(Duration.ofDays(200))));
    }

    private static String send(StoryClusterer clusterer, Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> events = clusterer.process(a, a.article().published().toEpochMilli());
        return events.get(events.size() - 1).story();
    }

    @Test
    void shouldJoinAFollowUpMonthsLaterThatNamesTheEventDay() {
        assertThat(storyOfFollowUp("on March 4", 5)).isEqualTo("s-fire");
    }

    @Test
    void shouldNotJoinTheSameFollowUpWithoutTheDate() {
        assertThat(storyOfFollowUp("in the spring", 5)).isEqualTo("s-charge");
    }

    @Test
    void shouldNotJoinWhenTheNamedDateIsAnotherDay() {
        assertThat(storyOfFollowUp("on March 19", 5)).isEqualTo("s-charge");
    }

    @Test
    void shouldIgnoreNamedDatesWhenTurnedOff() {
        assertThat(storyOfFollowUp("on March 4", 0)).isEqualTo("s-charge");
    }
}
