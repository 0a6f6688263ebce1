package org.wirefold.processor.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wirefold.processor.story.Articles.T0;
import static org.wirefold.processor.story.Articles.article;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.Names;
import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;

class StoryClusteringTest {
    private static final String FOOTER_A = "\n\nFollow us on Facebook and Twitter\n\n© 2024 Riverton Courier. All rights reserved.";
    private static final String FOOTER_B = "\n\nShare this:\nJoin our telegram channel for breaking news\nLeave a Reply";

    private static final Duration GRACE_PASSED = ClusterConfig.defaults().reorderGrace().plusSeconds(1);
    private static final List<String> STORES =
            List.of(Names.Stores.STORY_SKETCHES, Names.Stores.ARTICLE_INDEX, Names.Stores.TERM_STATS,
                    Names.Stores.CLUSTERING_BUFFER);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, CleanArticle> in;
    private TestOutputTopic<String, StoryEvent> out;
    private final java.util.concurrent.atomic.AtomicLong buffered = new java.util.concurrent.atomic.AtomicLong(-1);

    @BeforeEach
    void start() {
        open(ClusterConfig.defaults());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void open(ClusterConfig config) {
        Topology topology = new Topology();
        topology.addSource("in", Serdes.String().deserializer(), JsonSerde.of(CleanArticle.class).deserializer(), "in");
        topology.addProcessor(Names.Steps.CLUSTER, new StoryClustering(config, buffered::set), "in");
        topology.addSink("out", "out", Serdes.String().serializer(), JsonSerde.of(StoryEvent.class).serializer(),
                Names.Steps.CLUSTER);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, T0);
        in = driver.createInputTopic("in", Serdes.String().serializer(), JsonSerde.of(CleanArticle.class).serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), JsonSerde.of(StoryEvent.class).deserializer());
    }

    private List<TestRecord<String, StoryEvent>> send(Articles builder, Instant timestamp) {
        CleanArticle a = builder.build();
        in.pipeInput(a.id(), a, timestamp);
        driver.advanceWallClockTime(GRACE_PASSED); // let the reorder buffer release it
        return out.readRecordsToList();
    }

    private StoryEvent sendOne(Articles builder) {
        List<TestRecord<String, StoryEvent>> records = send(builder, builder.build().article().published());
        assertEquals(1, records.size(), "one event expected, got " + records);
        return records.get(0).value();
    }

    private static Articles flood(String id) {
        return article(id).title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY);
    }

    @Test
    void shouldStartStoryNamedAfterFirstArticleKeyedByStoryWithInputTimestamp() {
        Instant ts = T0.plusSeconds(5);
        List<TestRecord<String, StoryEvent>> records = send(flood("a1"), ts);

        assertEquals(1, records.size());
        assertEquals("s-a1", records.get(0).key());
        assertEquals(ts, records.get(0).getRecordTime());
        assertEquals(StoryEvent.Kind.ARTICLE, records.get(0).value().kind());
        assertNull(records.get(0).value().duplicateOf());
    }

    @Test
    void shouldMarkSyndicatedCopyWithAnotherFooterAsNearDuplicateOfFirstCopy() {
        sendOne(article("a1").title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY + FOOTER_A));

        StoryEvent copy = sendOne(article("a2").title(Samples.FLOOD_TITLE)
                .body("Updated 9:40 a.m.\n\n" + Samples.FLOOD_BODY.replace("about 400", "roughly 400") + FOOTER_B)
                .at(T0.plus(Duration.ofHours(3))));

        assertEquals("s-a1", copy.story());
        assertEquals("a1", copy.duplicateOf());
        assertEquals(StoryEvent.NEAR, copy.duplicateKind());
    }

    @Test
    void shouldClusterArticlesInIngestOrderWhenPartitionsDeliverThemInterleaved() {
        CleanArticle original = article("a1").title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY).build();
        CleanArticle resend = article("a2").title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY + FOOTER_A)
                .at(T0.plusSeconds(1)).build();

        in.pipeInput(resend.id(), resend, T0); // the later copy overtakes the original on another partition
        in.pipeInput(original.id(), original, T0);
        assertEquals(List.of(), out.readRecordsToList(), "held back for the grace");
        assertEquals(2, buffered.get(), "the buffer gauge");
        driver.advanceWallClockTime(GRACE_PASSED);
        assertEquals(0, buffered.get());
        List<StoryEvent> events = out.readValuesToList();

        assertEquals(List.of("a1", "a2"), events.stream().map(e -> e.article().id()).toList());
        assertNull(events.get(0).duplicateOf());
        assertEquals("a1", events.get(1).duplicateOf());
    }

    @Test
    void shouldClusterInArrivalOrderWithoutAGrace() {
        stop();
        open(ClusterConfig.from(org.wirefold.common.config.WirefoldConfig.of(java.util.Map.of(
                ClusterConfig.REORDER_GRACE.name(), "0s"))));
        CleanArticle original = article("a1").title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY).build();
        CleanArticle resend = article("a2").title(Samples.FLOOD_TITLE).body(Samples.FLOOD_BODY + FOOTER_A)
                .at(T0.plusSeconds(1)).build();

        in.pipeInput(resend.id(), resend, T0);
        in.pipeInput(original.id(), original, T0);

        assertEquals("a2", out.readValuesToList().get(1).duplicateOf(), "control: the copy that came first is first");
    }

    @Test
    void shouldMarkExactDuplicateWithTheStoryOfTheFirstCopy() {
        sendOne(flood("a1"));
        sendOne(article("b1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY));

        StoryEvent dup = sendOne(flood("a9").exactDuplicateOf("a1"));

        assertEquals("s-a1", dup.story());
        assertEquals("a1", dup.duplicateOf());
        assertEquals(StoryEvent.EXACT, dup.duplicateKind());
    }

    @Test
    void shouldKeepTwoShootingsInTwoTownsOnTheSameDayApart() {
        StoryEvent a = sendOne(article("x1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY));
        StoryEvent b = sendOne(article("x2").title(Samples.SHOOTING_B_TITLE).body(Samples.SHOOTING_B_BODY)
                .at(T0.plus(Duration.ofHours(1))));

        assertEquals("s-x1", a.story());
        assertEquals("s-x2", b.story());
    }

    @Test
    void shouldJoinFollowUpReportOfTheSameEventToItsStory() {
        sendOne(flood("a1"));
        sendOne(article("b1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY));

        StoryEvent follow = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY)
                .at(T0.plus(Duration.ofDays(2))));

        assertEquals("s-a1", follow.story());
        assertNull(follow.duplicateOf());
    }

    @Test
    void shouldEmitMergeBeforeTheArticleWhenABridgingArticleArrives() {
        String left = "Quorvane minister Talbeth Oruno signed the Vessadine grain accord in Marrowick harbour.";
        String right = "Dockworkers at Pellisand struck over Krastovan freight tariffs, union leader Imre Solvath said.";
        sendOne(article("m1").title("Vessadine grain accord signed by Talbeth Oruno").body(left));
        StoryEvent second = sendOne(article("m2").title("Pellisand dockworkers strike over Krastovan tariffs").body(right));
        assertEquals("s-m2", second.story());

        List<TestRecord<String, StoryEvent>> records = send(article("m3")
                .title("Vessadine grain accord stalls as Pellisand dockworkers strike over Krastovan tariffs")
                .body(left + " " + right), T0.plusSeconds(30));

        assertEquals(2, records.size(), records.toString());
        assertEquals("s-m2", records.get(0).key());
        assertEquals(StoryEvent.merge("s-m2", "s-m1"), records.get(0).value());
        assertEquals("s-m1", records.get(1).key());
        assertEquals("s-m1", records.get(1).value().story());
        StoryEvent later = sendOne(article("m4").title("Pellisand strike continues, Krastovan tariffs unchanged")
                .body(right + " Imre Solvath vowed to continue."));
        assertEquals("s-m1", later.story());
    }

    @Test
    void shouldCloseStoriesAfterTheStoryTtlOfStreamTime() {
        stop();
        open(ClusterConfig.from(org.wirefold.common.config.WirefoldConfig.of(java.util.Map.of(
                ClusterConfig.STORY_TTL.name(), "10d", ClusterConfig.DUPLICATE_WINDOW.name(), "5d"))));
        sendOne(flood("a1"));

        StoryEvent late = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY)
                .at(T0.plus(Duration.ofDays(11))));

        assertEquals("s-a2", late.story());
        assertNull(driver.getKeyValueStore(Names.Stores.STORY_SKETCHES).get("s-a1"));
        assertNull(driver.getKeyValueStore(Names.Stores.ARTICLE_INDEX).get("a1"));
    }

    @Test
    void shouldJoinArticleWithoutOwnTimeToAStoryWeeksOldThatHasNotExpired() {
        sendOne(flood("a1"));

        StoryEvent untimed = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY)
                .untimed(T0.plus(Duration.ofDays(60))));

        assertEquals("s-a1", untimed.story());
    }

    @Test
    void shouldForgetAStoryIdleLongerThanItsTtlInStreamTime() {
        sendOne(flood("a1"));

        StoryEvent late = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY)
                .untimed(T0.plus(ClusterConfig.defaults().storyTtl()).plus(Duration.ofDays(1))));

        assertEquals("s-a2", late.story());
    }

    @Test
    void shouldGiveTheSameAnswerWhenTheInputIsReplayed() {
        List<Articles> input = List.of(flood("a1"),
                article("x1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY),
                article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY),
                article("x2").title(Samples.SHOOTING_B_TITLE).body(Samples.SHOOTING_B_BODY));
        List<StoryEvent> first = input.stream().map(this::sendOne).toList();
        stop();
        open(ClusterConfig.defaults());

        List<StoryEvent> second = input.stream().map(this::sendOne).toList();

        assertEquals(first, second);
        assertNotEquals(first.get(0).story(), first.get(1).story());
    }

    @Test
    void shouldContinueWithTheSameStoriesAfterARestartFromTheStores() {
        sendOne(flood("a1"));
        sendOne(article("x1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY));
        java.util.Map<String, java.util.Map<Object, Object>> saved = new java.util.HashMap<>();
        for (String store : STORES) {
            java.util.Map<Object, Object> entries = new java.util.HashMap<>();
            driver.getKeyValueStore(store).all().forEachRemaining(kv -> entries.put(kv.key, kv.value));
            saved.put(store, entries);
        }
        stop();
        open(ClusterConfig.defaults()); // the test driver wipes its state dir: restore the stores as a changelog would
        saved.forEach((store, entries) -> entries.forEach((k, v) -> driver.getKeyValueStore(store).put(k, v)));

        StoryEvent follow = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY)
                .at(T0.plus(Duration.ofDays(2))));
        StoryEvent dup = sendOne(flood("a3").exactDuplicateOf("a1"));

        assertEquals("s-a1", follow.story());
        assertEquals("s-a1", dup.story());
        assertEquals(3L, driver.getKeyValueStore(Names.Stores.TERM_STATS).get(-1), "documents counted before and after");
    }

    /** Pipes one article without letting the grace pass, then restarts with the buffer restored as its changelog would. */
    private int holdOneAndRestart() {
        CleanArticle held = flood("a1").build();
        in.pipeInput(held.id(), held, T0);
        java.util.Map<Object, Object> buffered = new java.util.HashMap<>();
        driver.getKeyValueStore(Names.Stores.CLUSTERING_BUFFER).all().forEachRemaining(kv -> buffered.put(kv.key, kv.value));
        stop();
        open(ClusterConfig.defaults());
        buffered.forEach((k, v) -> driver.getKeyValueStore(Names.Stores.CLUSTERING_BUFFER).put(k, v));
        return buffered.size();
    }

    @Test
    void shouldReleaseArticlesHeldAtARestartFromTheirStore() {
        int held = holdOneAndRestart();

        CleanArticle next = article("x1").title(Samples.SHOOTING_A_TITLE).body(Samples.SHOOTING_A_BODY)
                .at(T0.plusSeconds(5)).build();
        in.pipeInput(next.id(), next, T0.plusSeconds(5));
        driver.advanceWallClockTime(GRACE_PASSED);

        assertEquals(1, held);
        assertEquals(List.of("a1", "x1"), out.readValuesToList().stream().map(e -> e.article().id()).toList());
    }

    @Test
    void shouldReleaseArticlesHeldAtARestartEvenWithoutNewInput() {
        holdOneAndRestart();

        driver.advanceWallClockTime(GRACE_PASSED);
        driver.advanceWallClockTime(GRACE_PASSED);

        assertEquals(List.of("a1"), out.readValuesToList().stream().map(e -> e.article().id()).toList());
    }

    @Test
    void shouldStartOverWhenTheStoresAreNotRestored() {
        sendOne(flood("a1"));
        stop();
        open(ClusterConfig.defaults());

        StoryEvent follow = sendOne(article("a2").title(Samples.FLOOD_FOLLOWUP_TITLE).body(Samples.FLOOD_FOLLOWUP_BODY));

        assertEquals("s-a2", follow.story(), "control: without the stores nothing is remembered");
    }
}
