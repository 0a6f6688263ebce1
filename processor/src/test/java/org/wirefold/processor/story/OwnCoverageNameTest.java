package org.wirefold.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirefold.processor.story.Articles.T0;
import static org.wirefold.processor.story.Articles.article;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

class OwnCoverageNameTest {
    private static final String[] REPORTS = {
        "A 34-year-old man was shot and killed outside a tavern on Harbor Street late Friday, Lakeport police said. "
                + "Police arrested Curtis Pell, 29, a short distance away and recovered a handgun.",
        "Lakeport police say Curtis Pell shot a man outside a Harbor Street tavern after an argument late Friday. "
                + "The victim died at the scene; a handgun was recovered nearby.",
        "Curtis Pell, 29, was booked on a murder charge after Friday's fatal shooting outside a tavern on Harbor "
                + "Street in Lakeport, police said.",
    };
    private static final String TRIAL_TITLE = "Jury convicts man in tavern killing";
    private static final String TRIAL_BODY = """
            A Lakeport jury on Tuesday found Curtis Pell guilty of second-degree murder. Prosecutors said the argument
            began inside the bar. Pell faces up to 40 years in prison when he is sentenced in the spring.""";

    private StoryClusterer clusterer;

    private void start(String ownArticles) {
        Map<String, String> keys = new HashMap<>();
        keys.put("wirefold.cluster.name-own-articles", ownArticles);
        keys.put("wirefold.cluster.name-own-max-share", "0.2");
        keys.put("wirefold.cluster.follow-up-time-floor", "0"); // the trial's legal-step floor would join it on its own
        clusterer = new StoryClusterer(ClusterConfig.from(WirefoldConfig.of(keys)), new MemoryState());
        clusterer.rebuild();
    }

    private String send(Articles builder) {
        CleanArticle a = builder.build();
        List<StoryEvent> events = clusterer.process(a, a.article().published().toEpochMilli());
        return events.get(events.size() - 1).story();
    }

    private void fillers(int n, int fromDay) {
        for (int i = 0; i < n; i++) {
            send(article("f" + i).title("County fair opens with record crowd " + i)
                    .body("Visitors filled the fairgrounds on opening day to see livestock shows and rides " + i + ".")
                    .at(T0.plus(Duration.ofDays(fromDay + i))));
        }
    }

    /** Three same-day reports naming the accused (his name is then in 3 of ~20 articles), fillers, the trial. */
    private String trialAfterCoverage() {
        for (int i = 0; i < REPORTS.length; i++) {
            assertThat(send(article("a" + i).title("Man shot dead outside Harbor Street tavern").body(REPORTS[i])
                    .people("Curtis Pell").at(T0.plusSeconds(600L * i)))).isEqualTo("s-a0");
        }
        fillers(16, 1);
        return send(article("t1").title(TRIAL_TITLE).body(TRIAL_BODY).people("Curtis Pell")
                .at(T0.plus(Duration.ofDays(200))));
    }

    @Test
    void shouldLinkATrialThroughANameThatOnlyItsStorysOwnCoverageMadeFrequent() {
        start("1");

        assertThat(trialAfterCoverage()).isEqualTo("s-a0");
    }

    @Test
    void shouldNotLinkThroughTheNameWhenTheStorysOwnArticlesDoNotCount() {
        start("0");

        assertThat(trialAfterCoverage()).isEqualTo("s-t1");
    }

    @Test
    void shouldNotCountOwnArticlesForANameThatManyStoriesMention() {
        start("1");
        send(article("a0").title("Man shot dead outside Harbor Street tavern").body(REPORTS[0]).people("Curtis Pell").at(T0));
        for (int i = 0; i < 3; i++) {
            send(article("m" + i).title("Council debates budget " + i).body("The council met to discuss the budget " + i + ".")
                    .people("Curtis Pell").at(T0.plus(Duration.ofDays(2 + i))));
        }
        fillers(16, 6);

        String story = send(article("t1").title(TRIAL_TITLE).body(TRIAL_BODY).people("Curtis Pell")
                .at(T0.plus(Duration.ofDays(200))));

        assertThat(story).isEqualTo("s-t1");
    }
}
