package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirefold.processor.story.Articles.T0;
import static org.wirefold.processor.story.Articles.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

class NameLinkTest {
    private static final String SHOOTING_TITLE = "Man shot dead outside Harbor Street tavern";
    private static final String SHOOTING_BODY = """
            A 34-year-old man was shot and killed outside a tavern on Harbor Street late Friday, Lakeport police said.
            Officers found Dale Whitcombe on the sidewalk with gunshot wounds to the chest. He died at the scene.
            Witnesses told detectives that an argument inside the tavern spilled into the street before the shots.
            Police arrested Curtis Pell, 29, a short distance away and recovered a handgun.""";
    private static final String TRIAL_TITLE = "Jury convicts man in Harbor Street tavern killing";
    private static final String TRIAL_BODY = """
            A Lakeport jury on Tuesday found Curtis Pell guilty of second-degree murder in the death of Dale Whitcombe,
            who was shot outside a tavern on Harbor Street. Prosecutors said the argument began inside the bar.
            Pell faces up to 40 years in prison when he is sentenced in the spring, the county prosecutor said.""";

    private StoryClusterer clusterer;

    @BeforeEach
    void start() {
        // a name counts as rare while at most 1 + half the articles seen mention it (a few filler articles here);
        // the trial meets the one-article story of the shooting, whose bar is set to the plain join threshold: the
        // texts are calibrated so that only the shared rare name lifts the trial over it; the trial's headline tells a
        // legal step, whose own time floor is off here so that the name alone is tested
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.rare-name-share", "0.5",
                "wirefold.cluster.single-join-threshold", "0.10", "wirefold.cluster.follow-up-time-floor", "0")));
        clusterer = new StoryClusterer(config, new MemoryState());
        clusterer.rebuild();
        send(article("a1").title(SHOOTING_TITLE).body(SHOOTING_BODY).people("Dale Whitcombe", "Curtis Pell"));
        for (int i = 0; i < 4; i++) {
            send(article("f" + i).title("County fair opens with record crowd " + i)
                    .body("Visitors filled the fairgrounds on opening day to see livestock shows and rides.")
                    .at(T0.plus(Duration.ofDays(1 + i))));
        }
    }

    private String send(Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> events = clusterer.process(a, a.article().published().toEpochMilli());
        return events.get(events.size() - 1).story();
    }

    @Test
    void shouldJoinATrialMonthsLaterThatNamesTheSamePeople() {
        String story = send(article("t1").title(TRIAL_TITLE).body(TRIAL_BODY).people("Curtis Pell", "Dale Whitcombe")
                .at(T0.plus(Duration.ofDays(200))));

        assertThat(story).isEqualTo("s-a1");
    }

    @Test
    void shouldNotJoinTheSameWordsMonthsLaterWhenNoPersonIsShared() {
        String story = send(article("t1").title(TRIAL_TITLE).body(TRIAL_BODY.replace("Curtis Pell", "Roy Hanley")
                .replace("Dale Whitcombe", "Owen Marsh").replace("Pell", "Hanley")).people("Roy Hanley", "Owen Marsh")
                .at(T0.plus(Duration.ofDays(200))));

        assertThat(story).isEqualTo("s-t1");
    }

    @Test
    void shouldIgnoreANameThatManyArticlesMention() {
        for (int i = 0; i < 6; i++) {
            send(article("m" + i).title("Council debates budget " + i).body("The council met to discuss the budget.")
                    .people("Curtis Pell").at(T0.plus(Duration.ofDays(10 + i))));
        }

        String story = send(article("t1").title(TRIAL_TITLE).body(TRIAL_BODY).people("Curtis Pell")
                .at(T0.plus(Duration.ofDays(200))));

        assertThat(story).isEqualTo("s-t1");
    }

    @Test
    void shouldHashFullNamesOnlyWhateverTheirCase() {
        assertThat(PersonNames.hashes(List.of("Dale  Whitcombe", "DALE WHITCOMBE", "Whitcombe")))
                .containsExactly(PersonNames.hashes(List.of("dale whitcombe")));
    }
}
