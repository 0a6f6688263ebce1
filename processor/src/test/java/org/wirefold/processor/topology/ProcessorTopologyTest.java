package org.wirefold.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.wirefold.common.Names.Topics;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.Serdes;
import org.wirefold.processor.config.ProcessorSettings;
import org.wirefold.processor.story.ClusterConfig;

class ProcessorTopologyTest {
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, ArticleResult> results;
    private TestOutputTopic<String, Story> stories;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        Topology topology = ProcessorTopology.build(ProcessorSettings.defaults(), ClusterConfig.defaults(), new SimpleMeterRegistry());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "processor-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, Articles.T0);
        raw = driver.createInputTopic(Topics.RAW_ARTICLES, new StringSerializer(), new ByteArraySerializer());
        results = driver.createOutputTopic(Topics.ARTICLE_RESULTS, new StringDeserializer(), Serdes.ARTICLE_RESULT.deserializer());
        stories = driver.createOutputTopic(Topics.STORY_UPDATES, new StringDeserializer(), Serdes.STORY.deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER, new StringDeserializer(), Serdes.DEAD_LETTER.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void pipe(Articles a) {
        raw.pipeInput(a.build().id(), a.bytes(), a.build().published());
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(3)); // past the clustering reorder grace
    }

    @Test
    void shouldRejectBadBytesToDeadLetterAndKeepTheGoodArticlesAroundThem() {
        pipe(Articles.article("good-1"));
        raw.pipeInput("broken", "{\"id\": \"x\", \"title\": ".getBytes(StandardCharsets.UTF_8), Articles.T0);
        raw.pipeInput("latin1", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'}, Articles.T0);
        raw.pipeInput("empty", "{\"id\":\"empty\",\"title\":\"\",\"body\":\"  \"}".getBytes(StandardCharsets.UTF_8), Articles.T0);
        raw.pipeInput("typed", "{\"id\":\"typed\",\"title\":{\"a\":1},\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8), Articles.T0);
        pipe(Articles.article("good-2").title("Dockworkers in Ostrava vote to strike over pay").body("Union members voted 312 to 40 to walk out.").minutesLater(5));

        List<TestRecord<String, DeadLetter>> letters = deadLetters.readRecordsToList();
        assertThat(letters).extracting(r -> r.value().reason())
                .containsExactly("malformed-json", "invalid-utf8", "empty-article", "bad-field");
        Header reason = letters.get(0).headers().lastHeader(Names.Headers.REASON);
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isEqualTo("malformed-json");
        assertThat(letters.get(0).value().origin()).startsWith(Topics.RAW_ARTICLES + "-0@");
        Map<String, ArticleResult> byId = results.readKeyValuesToMap();
        assertThat(byId.get("good-1").status()).isEqualTo(ArticleResult.ACCEPTED);
        assertThat(byId.get("good-2").status()).isEqualTo(ArticleResult.ACCEPTED);
        assertThat(byId.get("broken").status()).isEqualTo(ArticleResult.REJECTED);
        assertThat(byId.get("typed").reason()).isEqualTo("bad-field");
    }

    @Test
    void shouldMarkAResentCopyAsExactDuplicateOfTheFirst() {
        pipe(Articles.article("wire-1"));
        pipe(Articles.article("wire-1-again").minutesLater(3));

        Map<String, ArticleResult> byId = results.readKeyValuesToMap();
        assertThat(byId.get("wire-1-again").status()).isEqualTo(ArticleResult.DUPLICATE);
        assertThat(byId.get("wire-1-again").duplicateOf()).isEqualTo("wire-1");
        assertThat(byId.get("wire-1-again").reason()).isEqualTo("exact");
        assertThat(byId.get("wire-1-again").story()).isEqualTo(byId.get("wire-1").story());
    }

    @Test
    void shouldTakeTheCopyIngestedFirstAsTheFirstWhenTheCopiesArriveTheOtherWayRound() {
        Articles later = Articles.article("wire-2-again").minutesLater(3);
        Articles earlier = Articles.article("wire-2");
        raw.pipeInput(later.build().id(), later.bytes(), later.build().published()); // overtook it on another partition
        raw.pipeInput(earlier.build().id(), earlier.bytes(), earlier.build().published());
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(3));

        Map<String, ArticleResult> byId = results.readKeyValuesToMap();
        assertThat(byId.get("wire-2").status()).isEqualTo(ArticleResult.ACCEPTED);
        assertThat(byId.get("wire-2-again").status()).isEqualTo(ArticleResult.DUPLICATE);
        assertThat(byId.get("wire-2-again").duplicateOf()).isEqualTo("wire-2");
        assertThat(byId.get("wire-2-again").story()).isEqualTo(byId.get("wire-2").story());
    }

    @Test
    void shouldReportEveryDeliveryOfTheSameIdSoNoInputGoesUnanswered() {
        pipe(Articles.article("wire-7"));
        pipe(Articles.article("wire-7").minutesLater(1));

        List<ArticleResult> all = results.readValuesToList();
        assertThat(all).extracting(ArticleResult::id).containsExactly("wire-7", "wire-7");
        assertThat(all.get(1).status()).isEqualTo(ArticleResult.DUPLICATE);
        assertThat(stories.readValuesToList()).extracting(s -> s.articles().size()).containsOnly(1);
    }

    @Test
    void shouldEmitTheStoryAfterEveryChangeWithItsMembersAndOutlets() {
        pipe(Articles.article("first").source("North Desk"));
        pipe(Articles.article("copy").source("South Desk").minutesLater(10));

        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertThat(latest).hasSize(1);
        Story story = latest.values().iterator().next();
        assertThat(story.version()).isEqualTo(2);
        assertThat(story.articles()).extracting(Story.Member::id).containsExactly("first", "copy");
        assertThat(story.outlets()).containsExactly("North Desk", "South Desk");
        assertThat(story.headline()).isEqualTo("Bridge closed after barge strikes pillar in Halden");
        assertThat(story.firstSeen()).isEqualTo(Articles.T0);
        assertThat(story.lastSeen()).isEqualTo(Articles.T0.plusSeconds(600));
    }

    @Test
    void shouldKeepUnrelatedArticlesInSeparateStories() {
        pipe(Articles.article("bridge"));
        pipe(Articles.article("strike").title("Dockworkers in Ostrava vote to strike over pay")
                .body("Union members at the Ostrava inland port voted to walk out next week over wages.").minutesLater(2));

        Map<String, ArticleResult> byId = results.readKeyValuesToMap();
        assertThat(byId.get("bridge").story()).isNotEqualTo(byId.get("strike").story());
    }

    @Test
    void shouldNameEveryStepSoTheDescriptionReadsLikeTheDesign() {
        Topology topology = ProcessorTopology.build(ProcessorSettings.defaults(), ClusterConfig.defaults(), new SimpleMeterRegistry());
        String description = topology.describe().toString();
        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        assertThat(description).contains(Names.Steps.VALIDATE, Names.Steps.DEDUP_EXACT, Names.Steps.CLUSTER,
                Names.Steps.AGGREGATE, Names.Stores.STORY_AGGREGATES, Names.Stores.CONTENT_HASHES);
    }
}
