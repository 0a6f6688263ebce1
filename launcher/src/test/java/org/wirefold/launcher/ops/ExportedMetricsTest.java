package org.wirefold.launcher.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.metrics.MetricNames;
import org.wirefold.common.metrics.Metrics;
import org.wirefold.launcher.broker.EmbeddedKafka;

class ExportedMetricsTest {

    @Test
    void shouldExportExactlyTheDomainSeriesListedInMetricNames() {
        PrometheusMeterRegistry registry = Metrics.registry("test", "t");
        for (String name : List.of(MetricNames.INGEST_ARTICLES, MetricNames.ARTICLES_PROCESSED,
                MetricNames.STORIES_CREATED, MetricNames.STORIES_MERGED, MetricNames.STORIES_SPLIT,
                MetricNames.FACTS_EXTRACTED,
                MetricNames.STORY_DOCUMENTS)) {
            registry.counter(name).increment();
        }
        registry.counter(MetricNames.INGEST_REJECTED, MetricNames.TAG_REASON, "too-large").increment();
        registry.counter(MetricNames.ARTICLES_REJECTED, MetricNames.TAG_REASON, "empty").increment();
        registry.counter(MetricNames.FACT_UPDATES, MetricNames.TAG_REASON, "changed").increment();
        registry.counter(MetricNames.DEAD_LETTER, MetricNames.TAG_STAGE, "validate").increment();
        Counter.builder(MetricNames.DUPLICATES).tag(MetricNames.TAG_KIND, MetricNames.KIND_EXACT)
                .register(registry).increment();
        Counter.builder(MetricNames.DUPLICATES).tag(MetricNames.TAG_KIND, MetricNames.KIND_NEAR)
                .register(registry).increment();
        AtomicInteger live = new AtomicInteger(7);
        Gauge.builder(MetricNames.STORIES_LIVE, live, AtomicInteger::get).register(registry);
        Gauge.builder(MetricNames.CLUSTERING_BUFFERED, live, AtomicInteger::get).register(registry);
        Timer.builder(MetricNames.STORY_UPDATE_LATENCY).publishPercentileHistogram().register(registry)
                .record(Duration.ofMillis(120));

        Set<String> wirefold = seriesNames(registry.scrape()).stream()
                .filter(n -> n.startsWith("wirefold_")).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(MetricNames.PROMETHEUS_NAMES), wirefold);
    }

    @Test
    void shouldExportTheKafkaAndJvmSeriesTheOpsFilesUse(@TempDir Path stateDir) throws Exception {
        PrometheusMeterRegistry registry = Metrics.registry("processor", "test");
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null)) {
            kafka.createTopics(List.of("in", "out"), 3, List.of());
            Properties producerProps = new Properties();
            producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
                 KafkaClientMetrics producerMetrics = new KafkaClientMetrics(producer)) {
                producerMetrics.bindTo(registry);
                for (int i = 0; i < 30; i++) {
                    producer.send(new ProducerRecord<>("in", "k" + (i % 5), "v" + i));
                }
                producer.flush();

                StreamsBuilder builder = new StreamsBuilder();
                builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                        .groupByKey().count().toStream().mapValues(String::valueOf)
                        .to("out", Produced.with(Serdes.String(), Serdes.String()));
                Properties props = new Properties();
                props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
                props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
                props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
                props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
                props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
                try (KafkaStreams streams = new KafkaStreams(builder.build(), props);
                     // Bound before start, as the services do; a short refresh picks up the thread metrics quickly.
                     KafkaStreamsMetrics streamsMetrics =
                             new KafkaStreamsMetrics(streams, List.of(), refresher, Duration.ofMillis(500))) {
                    streamsMetrics.bindTo(registry);
                    streams.start();
                    System.gc();
                    Set<String> expected = new TreeSet<>(KnownMetrics.KAFKA_BINDER);
                    expected.addAll(KnownMetrics.JVM);
                    Set<String> missing = awaitSeries(registry, expected, Duration.ofSeconds(60));
                    assertTrue(missing.isEmpty(), "not exported: " + missing);
                    streams.close(Duration.ofSeconds(10));
                }
            }
        } finally {
            refresher.shutdownNow();
        }
    }

    private static Set<String> awaitSeries(PrometheusMeterRegistry registry, Set<String> expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> missing = new TreeSet<>(expected);
        while (System.nanoTime() < deadline) {
            missing = new TreeSet<>(expected);
            missing.removeAll(seriesNames(registry.scrape()));
            if (missing.isEmpty()) {
                break;
            }
            Thread.sleep(250);
        }
        return missing;
    }

    /** Series names of a Prometheus text scrape. */
    static Set<String> seriesNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }
}
