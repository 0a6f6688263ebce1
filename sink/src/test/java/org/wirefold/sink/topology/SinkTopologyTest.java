package org.wirefold.sink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.Names.Topics;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.common.serde.Serdes;

class SinkTopologyTest {
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Story> updates;
    private TestOutputTopic<String, Story> state;
    private TestOutputTopic<String, FactUpdate> factUpdates;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(SinkTopology.build(new SimpleMeterRegistry()), props, T0);
        updates = driver.createInputTopic(Topics.STORY_UPDATES, new StringSerializer(), Serdes.STORY.serializer());
        state = driver.createOutputTopic(Topics.STORY_STATE, new StringDeserializer(), Serdes.STORY.deserializer());
        factUpdates = driver.createOutputTopic(Topics.FACT_UPDATES, new StringDeserializer(), Serdes.FACT_UPDATE.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static StoryFact.Change change(Double old, double value, String qualifier, String reason, String article, int minute) {
        return new StoryFact.Change(T0.plusSeconds(60L * minute), old, value, qualifier, reason, article);
    }

    private static Story story(long version, List<StoryFact.Change> history) {
        StoryFact.Change last = history.get(history.size() - 1);
        StoryFact fact = new StoryFact("rescued|person|", "rescued", "person", "", last.value(), last.qualifier(),
                history.size(), false, List.of(), history);
        return new Story(Story.SCHEMA_VERSION, "s-1", "Ferry capsizes", List.of(), 0, List.of(), T0, T0, List.of(fact),
                List.of(), null, List.of(), null, version, T0.plusSeconds(version));
    }

    @Test
    void shouldPublishOneFactUpdatePerNewHistoryEntry() {
        List<StoryFact.Change> history = new ArrayList<>();
        history.add(change(null, 40, ">", "new-fact", "a1", 0));
        updates.pipeInput("s-1", story(1, history));
        history.add(change(40.0, 57, "=", "new-value", "a2", 30));
        updates.pipeInput("s-1", story(2, List.copyOf(history)));

        List<FactUpdate> published = factUpdates.readValuesToList();
        assertThat(published).extracting(FactUpdate::reason).containsExactly("new-fact", "new-value");
        assertThat(published.get(1).oldValue()).isEqualTo(40.0);
        assertThat(published.get(1).newValue()).isEqualTo(57.0);
        assertThat(published.get(1).story()).isEqualTo("s-1");
        assertThat(state.readValuesToList()).extracting(Story::version).containsExactly(1L, 2L);
    }

    @Test
    void shouldIgnoreAVersionItHasAlreadyPublished() {
        List<StoryFact.Change> history = List.of(change(null, 3, "=", "new-fact", "a1", 0));
        updates.pipeInput("s-1", story(1, history));
        updates.pipeInput("s-1", story(1, history));

        assertThat(state.readValuesToList()).hasSize(1);
        assertThat(factUpdates.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldForwardATombstoneSoCompactionDropsAnExpiredStory() {
        updates.pipeInput("s-1", story(1, List.of(change(null, 3, "=", "new-fact", "a1", 0))));
        updates.pipeInput("s-1", (Story) null);
        updates.pipeInput("s-1", story(1, List.of(change(null, 3, "=", "new-fact", "a1", 0))));

        List<TestRecord<String, Story>> records = state.readRecordsToList();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).value()).isNull();
    }

    @Test
    void shouldPublishTheNewEntryWhenABoundedHistoryDropsAnOldOne() {
        List<StoryFact.Change> history = new ArrayList<>();
        history.add(change(null, 10, "=", "new-fact", "a0", 0));
        for (int i = 1; i < 5; i++) {
            history.add(change(9.0 + i, 10 + i, "=", "new-value", "a" + i, i));
        }
        updates.pipeInput("s-1", story(1, List.copyOf(history)));
        factUpdates.readValuesToList();
        // upstream keeps the first entry and the latest: the next version is as long, one middle entry gone
        history.remove(1);
        history.add(change(14.0, 15, "=", "new-value", "a5", 5));
        updates.pipeInput("s-1", story(2, List.copyOf(history)));

        List<FactUpdate> published = factUpdates.readValuesToList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).newValue()).isEqualTo(15.0);
        assertThat(published.get(0).article()).isEqualTo("a5");
    }
}
