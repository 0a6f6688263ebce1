package org.wirefold.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.Names;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.AggregateInput;
import org.wirefold.processor.model.AggregateOutput;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryAggregate;
import org.wirefold.processor.model.StoryEvent;

/**
 * The aggregator alone, with the {@code story-merges} loop cut open: what it sends to the loop is held back and fed
 * in later, as a lagging loop topic does on a real broker.
 */
class StoryAggregatorTest {
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, AggregateInput> in;
    private TestOutputTopic<String, AggregateOutput> out;
    private final List<TestRecord<String, AggregateInput>> loop = new ArrayList<>();

    @BeforeEach
    void start() {
        Topology topology = new Topology();
        topology.addSource("in", Serdes.String().deserializer(), JsonSerde.of(AggregateInput.class).deserializer(), "in");
        StoryAggregates aggregates = new StoryAggregates(new FactConsolidator(), new PeopleExtractor(), 100, 300);
        topology.addProcessor(Names.Steps.AGGREGATE, () -> new StoryAggregator(aggregates, Duration.ofDays(30),
                new ProcessorMetrics(new SimpleMeterRegistry())), "in");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Names.Stores.STORY_AGGREGATES),
                Serdes.String(), JsonSerde.of(StoryAggregate.class)), Names.Steps.AGGREGATE);
        topology.addSink("out", "out", Serdes.String().serializer(), JsonSerde.of(AggregateOutput.class).serializer(),
                Names.Steps.AGGREGATE);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregator-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, Articles.T0);
        in = driver.createInputTopic("in", Serdes.String().serializer(), JsonSerde.of(AggregateInput.class).serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), JsonSerde.of(AggregateOutput.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** Pipes one input; keeps loop outputs for later. */
    private void send(String story, AggregateInput input) {
        in.pipeInput(story, input, Articles.T0);
        for (TestRecord<String, AggregateOutput> r : out.readRecordsToList()) {
            if (r.value().kind() == AggregateOutput.Kind.LOOP) {
                loop.add(new TestRecord<>(r.key(), r.value().loop(), r.getRecordTime()));
            }
        }
    }

    private void article(String story, String id) {
        CleanArticle a = new CleanArticle(Articles.article(id).build(), "Some text of " + id, "hash-" + id, List.of(),
                List.of(), List.of(), null);
        send(story, AggregateInput.of(StoryEvent.article(story, a)));
    }

    /** Feeds the held-back loop records until none are left. */
    private void drainLoop() {
        while (!loop.isEmpty()) {
            TestRecord<String, AggregateInput> r = loop.remove(0);
            send(r.key(), r.value());
        }
    }

    private Story story(String id) {
        KeyValueStore<String, StoryAggregate> store = driver.getKeyValueStore(Names.Stores.STORY_AGGREGATES);
        return store.get(id).toStory();
    }

    @Test
    void shouldKeepEveryMemberWhenTheSurvivorIsMergedAgainBeforeTheLoopCatchesUp() {
        article("s-a", "a1");
        article("s-b", "b1");
        article("s-c", "c1");

        send("s-a", AggregateInput.of(StoryEvent.merge("s-a", "s-b"))); // loop: absorb s-a into s-b, held back
        send("s-b", AggregateInput.of(StoryEvent.merge("s-b", "s-c"))); // loop: absorb s-b into s-c, held back
        drainLoop();

        assertThat(story("s-c").articles().stream().map(Story.Member::id).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("a1", "b1", "c1");
        assertThat(story("s-b").mergedInto()).isEqualTo("s-c");
        assertThat(story("s-a").mergedInto()).isEqualTo("s-b");
    }

    @Test
    void shouldAbsorbAMergedStoryOnce() {
        article("s-a", "a1");
        article("s-b", "b1");

        send("s-a", AggregateInput.of(StoryEvent.merge("s-a", "s-b")));
        List<TestRecord<String, AggregateInput>> again = List.copyOf(loop);
        drainLoop();
        loop.addAll(again); // the loop record delivered twice
        drainLoop();

        assertThat(story("s-b").articles()).hasSize(2);
    }

    @Test
    void shouldMoveTheSplitOffArticlesToTheNewStoryAndAnswerThemAgain() {
        article("s-a", "a1");
        article("s-a", "a2");
        article("s-a", "b1");
        article("s-a", "b2");
        List<TestRecord<String, AggregateOutput>> outputs = new ArrayList<>();

        in.pipeInput("s-a", AggregateInput.of(StoryEvent.split("s-a", "s-b1", List.of("b1", "b2"))), Articles.T0);
        for (TestRecord<String, AggregateOutput> r : out.readRecordsToList()) {
            outputs.add(r);
            if (r.value().kind() == AggregateOutput.Kind.LOOP) {
                loop.add(new TestRecord<>(r.key(), r.value().loop(), r.getRecordTime()));
            }
        }
        drainLoop();

        assertThat(story("s-a").articles()).extracting(Story.Member::id).containsExactly("a1", "a2");
        assertThat(story("s-a").articleCount()).isEqualTo(2);
        assertThat(story("s-b1").articles()).extracting(Story.Member::id).containsExactly("b1", "b2");
        assertThat(story("s-b1").mergedFrom()).isEmpty();
        assertThat(story("s-b1").splitFrom()).isEqualTo("s-a");
        assertThat(outputs).filteredOn(r -> r.value().kind() == AggregateOutput.Kind.RESULT)
                .extracting(r -> r.value().result().id() + "@" + r.value().result().story() + ":" + r.value().result().reason())
                .containsExactly("b1@s-b1:split", "b2@s-b1:split");
    }
}
