package org.wirefold.launcher.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows one topic from its beginning with read_committed isolation, keeping the latest value per key and the
 * number of records seen. {@link #catchUp()} reads until the current end of every partition.
 */
public final class TopicTail<V> implements AutoCloseable {
    private final KafkaConsumer<String, V> consumer;
    private final List<TopicPartition> partitions;
    private final Map<String, V> latest = new LinkedHashMap<>();
    private final Consumer<ConsumerRecord<String, V>> listener;
    private long records;

    public TopicTail(Properties kafka, String topic, Deserializer<V> values, Consumer<ConsumerRecord<String, V>> listener) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "wirefold-tail-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
        this.partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        this.listener = listener;
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    public TopicTail(Properties kafka, String topic, Deserializer<V> values) {
        this(kafka, topic, values, r -> { });
    }

    /** Reads everything committed so far; returns the number of new records. */
    public long catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long before = records;
        while (!reached(end)) {
            for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                records++;
                if (r.value() == null) {
                    latest.remove(r.key());
                } else {
                    latest.put(r.key(), r.value());
                }
                listener.accept(r);
            }
        }
        return records - before;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < end.get(p)) {
                return false;
            }
        }
        return true;
    }

    /** Sum of end offsets: changes whenever anything is written. */
    public long endOffsetSum() {
        return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, V> latest() {
        return latest;
    }

    public long records() {
        return records;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
