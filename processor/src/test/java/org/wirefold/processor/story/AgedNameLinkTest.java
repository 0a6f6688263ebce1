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
 * A name the person extractor does not read (no title, no speech verb, no common given name) still links a follow-up
 * months later when both reports introduce the person with an age ({@code aged-names}).
 */
class AgedNameLinkTest {
    private static final String SHOOTING_TITLE = "Man shot dead outside Harbor Street tavern";
    private static final String SHOOTING_BODY = """
            A 34-year-old man was shot and killed outside a tavern on Harbor Street late Friday, Lakeport police said.
            Officers found the victim on the sidewalk with gunshot wounds to the chest. He died at the scene.
            Witnesses told detectives that an argument inside the tavern spilled into the street before the shots.
            Officers arrested Corvin Pellaro, 29, a short distance away and recovered a handgun.""";
    private static final String TRIAL_TITLE = "Jury convicts man in Harbor Street tavern killing";
    private static final String TRIAL_BODY = """
            A Lakeport jury on Tuesday found Corvin Pellaro, 30, guilty of second-degree murder in the death of a man
            who was shot outside a tavern on Harbor Street. Prosecutors said the argument began inside the bar.
            Pellaro faces up to 40 years in prison when he is sentenced in the spring, the county prosecutor said.""";

    private String trialStory(String agedNames) {
        // calibrated as in NameLinkTest: only a shared rare name lifts the trial over the plain join threshold
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.rare-name-share", "0.5",
                "wirefold.cluster.single-join-threshold", "0.10", "wirefold.cluster.follow-up-time-floor", "0",
                "wirefold.cluster.aged-names", agedNames)));
        StoryClusterer clusterer = new StoryClusterer(config, new MemoryState());
        clusterer.rebuild();
        send(clusterer, article("a1").title(SHOOTING_TITLE).body(SHOOTING_BODY));
        for (int i = 0; i < 4; i++) {
            send(clusterer, article("f" + i).title("County fair opens with record crowd " + i)
                    .body("Visitors filled the fairgrounds on opening day to see livestock shows and rides.")
                    .at(T0.plus(Duration.ofDays(1 + i))));
        }
        return send(clusterer, article("t1").title(TRIAL_TITLE).body(TRIAL_BODY).at(T0.plus(Duration.ofDays(200))));
    }

    private static String send(StoryClusterer clusterer, Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> events = clusterer.process(a, a.article().published().toEpochMilli());
        return events.get(events.size() - 1).story();
    }

    @Test
    void shouldJoinATrialMonthsLaterThatNamesTheAccusedWithAnAge() {
        assertThat(trialStory("true")).isEqualTo("s-a1");
    }

    @Test
    void shouldNotJoinThroughAgedNamesWhenTheyAreOff() {
        assertThat(trialStory("false")).isEqualTo("s-t1");
    }
}
