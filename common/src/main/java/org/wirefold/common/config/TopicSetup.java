package org.wirefold.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.wirefold.common.Names.Topics;

/**
 * Creates Wirefold's topics when missing ({@code wirefold.topics.partitions}, {@code wirefold.topics.replication};
 * {@code story-state} compacted) and checks that {@code story-merges} has as many partitions as the story-keyed
 * stream it joins. Idempotent: existing topics are left as they are.
 */
public final class TopicSetup {
    private TopicSetup() {
    }

    public static void ensure(WirefoldConfig config) throws InterruptedException {
        int partitions = config.getInt(CommonKeys.TOPIC_PARTITIONS.name());
        short replication = (short) config.getInt(CommonKeys.TOPIC_REPLICATION.name());
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : Topics.ALL) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, partitions, replication);
                    if (Topics.COMPACTED.contains(name)) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topics: " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            TopicDescription merges = describe(admin, Topics.STORY_MERGES);
            if (merges.partitions().size() != partitions) {
                throw new ConfigException("Topic " + Topics.STORY_MERGES + " has " + merges.partitions().size()
                        + " partitions but '" + CommonKeys.TOPIC_PARTITIONS.name() + "' is " + partitions
                        + ": they must be equal (the merge loop is co-partitioned with the story-keyed stream)");
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot reach Kafka at " + config.get("bootstrap.servers") + ": " + e.getMessage(), e);
        }
    }

    /** Describes a topic, waiting out the moment after its creation when brokers do not know it yet. */
    private static TopicDescription describe(Admin admin, String topic)
            throws ExecutionException, java.util.concurrent.TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
