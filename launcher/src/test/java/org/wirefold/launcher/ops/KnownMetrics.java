package org.wirefold.launcher.ops;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wirefold.common.metrics.MetricNames;

/**
 * Prometheus series that the alert rules and the dashboard may use. The Kafka and JVM names here
 * were taken from a real scrape (Micrometer 1.17 binders against the embedded Kafka 4.3 broker) and
 * {@link ExportedMetricsTest} keeps checking that they are exported.
 */
final class KnownMetrics {

    /** From {@code KafkaClientMetrics} (producer/consumer) and {@code KafkaStreamsMetrics}. */
    static final List<String> KAFKA_BINDER = List.of(
            "kafka_consumer_fetch_manager_records_lag",
            "kafka_consumer_fetch_manager_records_lag_max",
            "kafka_consumer_fetch_manager_records_consumed_total",
            "kafka_producer_record_send_total",
            "kafka_producer_record_error_total",
            "kafka_stream_alive_stream_threads",
            "kafka_stream_failed_stream_threads_total",
            "kafka_stream_thread_process_total",
            "kafka_stream_task_dropped_records_total");

    /** From the JVM/process binders of {@code org.wirefold.common.metrics.Metrics#registry}. */
    static final List<String> JVM = List.of(
            "jvm_memory_used_bytes",
            "jvm_memory_max_bytes",
            "jvm_gc_pause_seconds_sum",
            "jvm_gc_pause_seconds_count",
            "jvm_threads_live_threads",
            "process_cpu_usage",
            "process_uptime_seconds",
            "system_cpu_usage");

    /** Series Prometheus itself adds per scrape target. */
    static final List<String> PROMETHEUS = List.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private KnownMetrics() {
    }

    /** Everything a PromQL expression in ops/ may select. */
    static Set<String> all() {
        Set<String> all = new TreeSet<>(MetricNames.PROMETHEUS_NAMES);
        all.addAll(KAFKA_BINDER);
        all.addAll(JVM);
        all.addAll(PROMETHEUS);
        return all;
    }
}
