package org.wirefold.launcher.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        long started = System.nanoTime();
        kafka = EmbeddedKafka.start(null);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.println("EmbeddedKafka start time: " + millis + " ms, bootstrap " + kafka.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        long started = System.nanoTime();
        kafka.close();
        System.out.println("EmbeddedKafka close time: "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    @Test
    void shouldCreateTopicsIdempotentlyWithPartitionsAndCompaction() throws Exception {
        kafka.createTopics(List.of("t-plain", "t-compact"), 3, List.of("t-compact"));
        kafka.createTopics(List.of("t-plain", "t-compact"), 3, List.of("t-compact"));

        try (Admin admin = admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("t-plain", "t-compact"))
                    .allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(3, topics.get("t-plain").partitions().size());
            assertEquals(3, topics.get("t-compact").partitions().size());

            ConfigResource compact = new ConfigResource(ConfigResource.Type.TOPIC, "t-compact");
            ConfigResource plain = new ConfigResource(ConfigResource.Type.TOPIC, "t-plain");
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(compact, plain))
                    .all().get(30, TimeUnit.SECONDS);
            assertEquals("compact", configs.get(compact).get("cleanup.policy").value());
            assertEquals("delete", configs.get(plain).get("cleanup.policy").value());
        }
    }

    @Test
    void shouldNotAutoCreateTopics() throws Exception {
        try (Admin admin = admin()) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertFalse(names.contains("never-created"));
        }
    }

    @Test
    void shouldDeliverOnlyCommittedTransactionalRecordsToReadCommittedConsumer() throws Exception {
        String topic = "t-tx";
        kafka.createTopics(List.of(topic), 3, List.of());

        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k1", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "k2", "committed-2"));
            producer.commitTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k3", "aborted"));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k4", "committed-3"));
            producer.commitTransaction();
        }

        List<String> values = consumeUntil(topic, 3, Duration.ofSeconds(30));
        assertEquals(Set.of("committed-1", "committed-2", "committed-3"), Set.copyOf(values));
        assertEquals(3, values.size(), "aborted record must not be visible: " + values);
    }

    @Test
    void shouldDeleteTemporaryDataDirectoryOnClose() throws Exception {
        EmbeddedKafka second = EmbeddedKafka.start(null);
        Path data = second.dataDir();
        try {
            assertTrue(Files.isDirectory(data.resolve("kraft-logs")), "data dir exists while running");
            assertFalse(second.bootstrapServers().equals(kafka.bootstrapServers()));
        } finally {
            second.close();
        }
        assertFalse(Files.exists(data), "temporary data dir is deleted on close");
    }

    @Test
    void shouldKeepTopicsInGivenDataDirectoryAcrossRestarts(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.start(dir)) {
            first.createTopics(List.of("kept"), 2, List.of());
        }
        assertTrue(Files.exists(dir), "caller's directory is not deleted");
        try (EmbeddedKafka again = EmbeddedKafka.start(dir); Admin admin = admin(again.bootstrapServers())) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertTrue(names.contains("kept"), "topic survives a restart: " + names);
        }
    }

    private static Admin admin() {
        return admin(kafka.bootstrapServers());
    }

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(props);
    }

    private static KafkaProducer<String, String> transactionalProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx-" + UUID.randomUUID());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeUntil(String topic, int expected, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            // Keep polling a little after reaching the count so a leaked aborted record would show up.
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                if (values.size() >= expected && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        return values;
    }
}
