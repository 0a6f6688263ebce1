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
 * A story that turns out to be two events covered by the same outlets splits in two. The join threshold is set very
 * low so that every article joins the first story, as two related events can at the start of a stream.
 */
class StorySplitTest {
    private static final List<String> OUTLETS = List.of("Valley Herald", "Tri-County Wire", "Channel 9", "Daily Ledger");
    private static final String[] STRIKE = {
        "Dock workers at Port Amsel walk out over night-shift pay",
        "Port Amsel strike halts container unloading as dockers demand shift premium",
        "Amsel dockers stop work; union says night pay talks collapsed",
        "Container ships wait offshore as Port Amsel dock strike enters second day",
    };
    private static final String[] FERRY = {
        "Regional council approves new electric ferry route from Amsel to Lintby",
        "Electric ferry between Amsel and Lintby wins council backing",
        "Council votes for Amsel-Lintby battery ferry, service planned next spring",
        "Lintby ferry link: councillors back electric vessel and new pier",
    };

    private final List<StoryEvent> events = new ArrayList<>();

    private StoryClusterer clusterer(String splitMembers) {
        return clusterer(splitMembers, "7d");
    }

    private StoryClusterer clusterer(String splitMembers, String splitGap) {
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.join-threshold", "0.001",
                "wirefold.cluster.single-join-threshold", "0.001", "wirefold.cluster.split-members", splitMembers,
                "wirefold.cluster.split-gap", splitGap)));
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

    private static Articles strike(int i) {
        return article("strike-" + i).source(OUTLETS.get(i)).at(T0.plus(Duration.ofMinutes(10L * i)))
                .title(STRIKE[i]).body("Dock workers at Port Amsel stopped unloading container ships on the night shift. "
                        + "Their union wants a premium for night work; the port operator said talks would resume.");
    }

    private static Articles ferry(int i) {
        return article("ferry-" + i).source(OUTLETS.get(i)).at(T0.plus(Duration.ofMinutes(5 + 10L * i)))
                .title(FERRY[i]).body("The regional council approved a battery-electric ferry between Amsel and Lintby. "
                        + "A new pier will be built at Lintby and the crossing is planned to open next spring.");
    }

    @Test
    void shouldSplitTwoEventsThatTheSameOutletsEachReportedOnce() {
        StoryClusterer c = clusterer("8");
        List<String> last = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            last.add(send(c, strike(i)));
            last.add(send(c, ferry(i)));
        }

        StoryEvent split = events.stream().filter(e -> e.kind() == StoryEvent.Kind.SPLIT).findFirst().orElseThrow();
        assertThat(split.story()).isEqualTo("s-strike-0");
        assertThat(split.mergeInto()).isEqualTo("s-ferry-0");
        assertThat(split.moved()).allMatch(id -> id.startsWith("ferry-"));
        // afterwards each event's reports go to their own story, and the two are not merged back
        assertThat(send(c, strike(0).title("Port Amsel dock strike ends with night pay deal")))
                .isEqualTo("s-strike-0");
        assertThat(send(c, ferry(1).title("Amsel-Lintby ferry: council publishes pier tender"))).isEqualTo("s-ferry-0");
        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.MERGE);
    }

    @Test
    void shouldKeepAStoryWhoseOutletsEachWroteAReportAndAnUpdate() {
        StoryClusterer c = clusterer("8");
        for (int i = 0; i < 4; i++) {
            send(c, strike(i));
        }
        for (int i = 0; i < 4; i++) {
            // each outlet's follow-up rewrites its own first report
            send(c, strike(i).title(STRIKE[i] + ", talks to resume Monday").at(T0.plus(Duration.ofHours(6 + i)))
                    .id("update-" + i));
        }

        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.SPLIT);
    }

    @Test
    void shouldNotSplitTwoEventsWhenAnOutletReportedOneOfThemTwice() {
        StoryClusterer c = clusterer("8");
        for (int i = 0; i < 4; i++) {
            // the first outlet writes both strike reports of its side, the last outlet both ferry reports
            send(c, strike(i).source(OUTLETS.get(i < 2 ? 0 : i)));
            send(c, ferry(i).source(OUTLETS.get(i < 2 ? i + 1 : 3)));
        }

        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.SPLIT);
    }

    /** All four strike reports on the first day, then the ferry reports three weeks later, all by one outlet. */
    private void strikeThenFerryWeeksLater(StoryClusterer c) {
        for (int i = 0; i < 4; i++) {
            send(c, strike(i).source(OUTLETS.get(0)));
        }
        for (int i = 0; i < 4; i++) {
            send(c, ferry(i).source(OUTLETS.get(0)).at(T0.plus(Duration.ofDays(21)).plus(Duration.ofMinutes(10L * i))));
        }
    }

    @Test
    void shouldSplitTwoEventsWeeksApartWithoutTheOutletSignature() {
        strikeThenFerryWeeksLater(clusterer("8", "7d"));

        StoryEvent split = splits().get(0);
        assertThat(split.story()).isEqualTo("s-strike-0");
        assertThat(split.moved()).isNotEmpty().allMatch(id -> id.startsWith("ferry-"));
    }

    @Test
    void shouldNotSplitOneOutletsTwoEventsWhenTheGapRuleIsOff() {
        strikeThenFerryWeeksLater(clusterer("8", "0s"));

        assertThat(splits()).isEmpty();
    }

    @Test
    void shouldMeasureTheGapBetweenTheFirstPublicationsOfTwoSides() {
        StorySketch.Member early = member("e", 0);
        StorySketch.Member late = member("l", 10);

        assertThat(StorySplit.gap(List.of(early), List.of(late))).isEqualTo(Duration.ofDays(10).toMillis());
        assertThat(StorySplit.gap(List.of(late), List.of(early))).isEqualTo(Duration.ofDays(10).toMillis());
        // the first side is still reported after the second began: its first report counts
        assertThat(StorySplit.gap(List.of(early, late), List.of(member("m", 5)))).isEqualTo(Duration.ofDays(5).toMillis());
    }

    private static StorySketch.Member member(String id, int day) {
        long t = T0.plus(Duration.ofDays(day)).toEpochMilli();
        return new StorySketch.Member(id, "Valley Herald", t, t, new long[0], new float[0], new long[0]);
    }

    @Test
    void shouldNotSplitWhenSplitsAreOff() {
        StoryClusterer c = clusterer("0");
        for (int i = 0; i < 4; i++) {
            send(c, strike(i));
            send(c, ferry(i));
        }

        assertThat(events).noneMatch(e -> e.kind() == StoryEvent.Kind.SPLIT);
    }

    /** A report of the strike by its own outlet, published {@code days} after T0. */
    private static Articles strikeOn(int i, int days) {
        return strike(i % STRIKE.length).id("strike-" + i).source("Strike Desk " + i)
                .at(T0.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(i)));
    }

    /** A report of the ferry decision by its own outlet, published {@code days} after T0. */
    private static Articles ferryOn(int i, int days) {
        return ferry(i).source("Ferry Desk " + i).at(T0.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(i)));
    }

    private List<StoryEvent> splits() {
        return events.stream().filter(e -> e.kind() == StoryEvent.Kind.SPLIT).toList();
    }

    @Test
    void shouldSplitOnTimeAtAnArticleCountBetweenTheCheckPoints() {
        StoryClusterer c = clusterer("8");
        send(c, strikeOn(0, 0));
        send(c, strikeOn(1, 0));
        send(c, strikeOn(2, 1));
        send(c, ferryOn(0, 8));
        // the fifth own article: no outlet-signature check point, but the ferry began eight days after the strike
        String last = send(c, ferryOn(1, 8));

        assertThat(splits()).hasSize(1);
        assertThat(splits().get(0).moved()).containsExactlyInAnyOrder("ferry-0", "ferry-1");
        assertThat(last).isEqualTo("s-ferry-0");
    }

    @Test
    void shouldSplitOnTimeWhileTheFirstEventIsStillReportedAfterTheSecondBegan() {
        StoryClusterer c = clusterer("8");
        send(c, strikeOn(0, 0));
        send(c, strikeOn(1, 0));
        send(c, ferryOn(0, 8));
        send(c, strikeOn(2, 9)); // the strike is still news the day after the ferry decision
        send(c, ferryOn(1, 9));

        assertThat(splits()).hasSize(1);
        assertThat(splits().get(0).story()).isEqualTo("s-strike-0");
        assertThat(splits().get(0).moved()).containsExactlyInAnyOrder("ferry-0", "ferry-1");
    }

    @Test
    void shouldKeepAStoryWhoseReportsAWeekLaterRepeatItsWords() {
        StoryClusterer c = clusterer("8");
        send(c, strikeOn(0, 0));
        send(c, strikeOn(1, 0));
        send(c, strikeOn(2, 1));
        send(c, strikeOn(3, 8));
        send(c, strikeOn(4, 9));
        send(c, strikeOn(5, 9));

        assertThat(splits()).isEmpty();
    }

    @Test
    void shouldNotSplitOnTimeWhenTheSplitGapIsOff() {
        StoryClusterer c = clusterer("8", "0s");
        send(c, strikeOn(0, 0));
        send(c, strikeOn(1, 0));
        send(c, ferryOn(0, 8));
        send(c, strikeOn(2, 9));
        send(c, ferryOn(1, 9));

        assertThat(splits()).isEmpty();
    }
}
