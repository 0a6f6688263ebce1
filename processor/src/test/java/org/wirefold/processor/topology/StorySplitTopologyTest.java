package org.wirefold.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.Names.Topics;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.Serdes;
import org.wirefold.processor.config.ProcessorSettings;
import org.wirefold.processor.story.ClusterConfig;

/**
 * A split through the whole processor topology: the clusterer's SPLIT event, the aggregator, the story-merges loop.
 * The join threshold is set very low so that two events share a story first, as related events can at a cold start.
 */
class StorySplitTopologyTest {
    private static final List<String> OUTLETS = List.of("Valley Herald", "Tri-County Wire", "Channel 9", "Daily Ledger");

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, ArticleResult> results;
    private TestOutputTopic<String, Story> stories;

    @BeforeEach
    void start() {
        ClusterConfig cluster = ClusterConfig.from(WirefoldConfig.of(Map.of("wirefold.cluster.join-threshold", "0.001",
                "wirefold.cluster.single-join-threshold", "0.001")));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "split-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ProcessorTopology.build(ProcessorSettings.defaults(), cluster,
                new SimpleMeterRegistry()), props, Articles.T0);
        raw = driver.createInputTopic(Topics.RAW_ARTICLES, new StringSerializer(), new ByteArraySerializer());
        results = driver.createOutputTopic(Topics.ARTICLE_RESULTS, new StringDeserializer(), Serdes.ARTICLE_RESULT.deserializer());
        stories = driver.createOutputTopic(Topics.STORY_UPDATES, new StringDeserializer(), Serdes.STORY.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(Articles a) {
        raw.pipeInput(a.build().id(), a.bytes(), a.build().published());
        driver.advanceWallClockTime(Duration.ofSeconds(3)); // past the clustering reorder grace
    }

    @Test
    void shouldEndWithOneStoryPerEventAndEveryArticleAnsweredWithItsFinalStory() {
        for (int i = 0; i < 4; i++) {
            pipe(Articles.article("strike-" + i).source(OUTLETS.get(i)).minutesLater(10L * i)
                    .title("Port Amsel dockers walk out over night-shift pay, report " + i)
                    .body("Dock workers at Port Amsel stopped unloading container ships on the night shift. "
                            + "Their union wants a premium for night work; the port operator said talks would resume."));
            pipe(Articles.article("ferry-" + i).source(OUTLETS.get(i)).minutesLater(10L * i + 5)
                    .title("Council backs electric ferry from Amsel to Lintby, report " + i)
                    .body("The regional council approved a battery-electric ferry between Amsel and Lintby. "
                            + "A new pier will be built at Lintby and the crossing is planned to open next spring."));
        }

        Map<String, String> storyOf = new LinkedHashMap<>();
        results.readValuesToList().forEach(r -> storyOf.put(r.id(), r.story()));
        Map<String, Story> latest = new LinkedHashMap<>();
        stories.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));

        assertThat(storyOf).hasSize(8);
        storyOf.forEach((id, story) -> assertThat(story).isEqualTo(id.startsWith("strike") ? "s-strike-0" : "s-ferry-0"));
        assertThat(latest.get("s-strike-0").articles()).extracting(Story.Member::id)
                .containsExactlyInAnyOrder("strike-0", "strike-1", "strike-2", "strike-3");
        assertThat(latest.get("s-ferry-0").articles()).extracting(Story.Member::id)
                .containsExactlyInAnyOrder("ferry-0", "ferry-1", "ferry-2", "ferry-3");
        assertThat(latest.get("s-ferry-0").splitFrom()).isEqualTo("s-strike-0");
        assertThat(latest.get("s-ferry-0").mergedFrom()).isEmpty();
    }
}
