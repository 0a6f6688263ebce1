package org.wirefold.launcher.pipeline;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.wirefold.common.Names;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.TopicSetup;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.metrics.Metrics;
import org.wirefold.common.metrics.MetricsServer;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.Serdes;
import org.wirefold.common.streams.StreamsService;
import org.wirefold.ingest.IngestReport;
import org.wirefold.ingest.Ingestor;
import org.wirefold.ingest.config.IngestKeys;
import org.wirefold.launcher.broker.EmbeddedKafka;
import org.wirefold.processor.app.ProcessorApp;
import org.wirefold.processor.config.ProcessorKeys;
import org.wirefold.sink.app.SinkApp;
import org.wirefold.sink.config.SinkKeys;

/**
 * The whole pipeline in one process: an in-process KRaft broker (unless bootstrap servers are given), Wirefold's
 * topics, processor and sink as Kafka Streams services, and the ingest producer, each service with its own
 * metrics registry and (optionally) its {@code /metrics} and {@code /health} endpoint. Follows the output topics
 * so callers can wait until everything ingested has been processed and published.
 */
public final class Pipeline implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(250);

    private final Options options;
    private final EmbeddedKafka broker;
    private final Path workDir;
    private final WirefoldConfig ingestConfig;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final Map<String, PrometheusMeterRegistry> registries = new LinkedHashMap<>();
    private final Map<String, MetricsServer> servers = new LinkedHashMap<>();
    private final StreamsService processor;
    private final StreamsService sink;
    /** Latest result per article id: a story split sends the moved articles' results again. */
    private final Map<String, ArticleResult> results = new LinkedHashMap<>();
    /** Input articles answered (every delivery once; second answers after a split not counted). */
    private long answered;
    private final TopicTail<ArticleResult> resultTail;
    private final TopicTail<Story> updateTail;
    private final TopicTail<Story> stateTail;
    private final TopicTail<DeadLetter> deadLetterTail;
    private final TopicTail<FactUpdate> factUpdateTail;
    private final List<FactUpdate> factUpdates = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    /**
     * @param bootstrapServers Kafka to use; null starts the in-process broker
     * @param configFile       optional properties file applied to every service
     * @param settings         extra key=value settings applied to every service
     * @param metricsPorts     start /metrics endpoints (ingest, processor, sink: 9401–9403, or free ports if taken)
     * @param log              where progress lines go
     */
    public record Options(String bootstrapServers, Path configFile, Map<String, String> settings,
                          boolean metricsPorts, PrintStream log) {
    }

    private Pipeline(Options options) throws Exception {
        this.options = options;
        this.workDir = Files.createTempDirectory("wirefold-");
        long t0 = System.nanoTime();
        if (options.bootstrapServers() == null) {
            broker = EmbeddedKafka.start(null);
            closeables.add(broker);
            log("Kafka broker (KRaft, in-process) ready at %s in %d ms", broker.bootstrapServers(), ms(t0));
        } else {
            broker = null;
        }
        String bootstrap = broker != null ? broker.bootstrapServers() : options.bootstrapServers();
        WirefoldConfig processorConfig = config(ProcessorKeys.ALL, bootstrap, "processor");
        WirefoldConfig sinkConfig = config(SinkKeys.ALL, bootstrap, "sink");
        ingestConfig = config(IngestKeys.ALL, bootstrap, "ingest");
        TopicSetup.ensure(processorConfig);
        processor = ProcessorApp.start(processorConfig, registry("processor", processorConfig));
        closeables.add(0, processor);
        sink = SinkApp.start(sinkConfig, registry("sink", sinkConfig));
        closeables.add(0, sink);
        serve("processor", 9402, processor::ready);
        serve("sink", 9403, sink::ready);
        registry("ingest", ingestConfig);
        serve("ingest", 9401, () -> true);
        if (!processor.awaitRunning(Duration.ofSeconds(60)) || !sink.awaitRunning(Duration.ofSeconds(60))) {
            throw new IllegalStateException("processor or sink did not reach RUNNING within 60 s");
        }
        log("processor and sink running (exactly_once_v2 unless configured otherwise) after %d ms", ms(t0));
        Properties kafka = ingestConfig.kafkaProperties();
        resultTail = tail(new TopicTail<>(kafka, Names.Topics.ARTICLE_RESULTS, Serdes.ARTICLE_RESULT.deserializer(),
                r -> answer(r.value())));
        updateTail = tail(new TopicTail<>(kafka, Names.Topics.STORY_UPDATES, Serdes.STORY.deserializer()));
        stateTail = tail(new TopicTail<>(kafka, Names.Topics.STORY_STATE, Serdes.STORY.deserializer()));
        deadLetterTail = tail(new TopicTail<>(kafka, Names.Topics.DEAD_LETTER, Serdes.DEAD_LETTER.deserializer(),
                r -> deadLetters.add(r.value())));
        factUpdateTail = tail(new TopicTail<>(kafka, Names.Topics.FACT_UPDATES, Serdes.FACT_UPDATE.deserializer(),
                r -> factUpdates.add(r.value())));
    }

    public static Pipeline start(Options options) throws Exception {
        return new Pipeline(options);
    }

    private WirefoldConfig config(List<ConfigKey> keys, String bootstrap, String service) throws IOException {
        Map<String, String> flags = new LinkedHashMap<>(options.settings());
        flags.put("bootstrap.servers", bootstrap);
        if (!service.equals("ingest")) {
            flags.putIfAbsent("state.dir", Files.createDirectories(workDir.resolve(service)).toString());
        }
        return WirefoldConfig.load(keys, options.configFile(), System.getenv(), flags);
    }

    private PrometheusMeterRegistry registry(String service, WirefoldConfig config) {
        return registries.computeIfAbsent(service, s -> Metrics.registry(s, config.get("wirefold.instance")));
    }

    private void serve(String service, int port, java.util.function.BooleanSupplier ready) throws IOException {
        if (!options.metricsPorts()) {
            return;
        }
        MetricsServer server;
        try {
            server = MetricsServer.start(port, registries.get(service), ready);
        } catch (IOException taken) {
            server = MetricsServer.start(0, registries.get(service), ready);
        }
        servers.put(service, server);
        closeables.add(0, server);
    }

    private <V> TopicTail<V> tail(TopicTail<V> tail) {
        closeables.add(0, tail);
        return tail;
    }

    /** Publishes the inputs (files, folders, "-" for stdin) through the ingest service. */
    public IngestReport ingest(List<String> inputs, PrintStream diagnostics) throws IOException {
        try (Ingestor ingestor = new Ingestor(ingestConfig, registries.get("ingest"), diagnostics)) {
            return ingestor.ingest(inputs);
        }
    }

    /**
     * Waits until {@code expectedResults} article results are out and the sink has published the latest version
     * of every story, with nothing moving on the output topics for two polls.
     */
    public void awaitProcessed(long expectedResults, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastEnds = -1;
        int stable = 0;
        while (System.nanoTime() < deadline) {
            resultTail.catchUp();
            updateTail.catchUp();
            stateTail.catchUp();
            deadLetterTail.catchUp();
            factUpdateTail.catchUp();
            long ends = updateTail.endOffsetSum() + stateTail.endOffsetSum() + resultTail.endOffsetSum();
            boolean done = answered >= expectedResults && sinkCaughtUp();
            stable = done && ends == lastEnds ? stable + 1 : 0;
            if (stable >= 2) {
                return;
            }
            lastEnds = ends;
            Thread.sleep(POLL.toMillis());
        }
        throw new TimeoutException("pipeline did not finish within " + timeout + ": " + answered + " of "
                + expectedResults + " article results, sink caught up: " + sinkCaughtUp());
    }

    private boolean sinkCaughtUp() {
        Map<String, Story> updates = updateTail.latest();
        Map<String, Story> state = stateTail.latest();
        if (updates.size() != state.size()) {
            return false;
        }
        for (Map.Entry<String, Story> e : updates.entrySet()) {
            Story published = state.get(e.getKey());
            if (published == null || published.version() != e.getValue().version()) {
                return false;
            }
        }
        return true;
    }

    private void answer(ArticleResult r) {
        results.put(r.id(), r);
        answered += ArticleResult.SPLIT.equals(r.reason()) ? 0 : 1;
    }

    /** The latest result of each article, in the order the articles were first answered. */
    public List<ArticleResult> results() {
        return List.copyOf(results.values());
    }

    /** The compacted story-state as read: latest document per story id. */
    public Map<String, Story> stories() {
        return stateTail.latest();
    }

    public List<FactUpdate> factUpdates() {
        return factUpdates;
    }

    public List<DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** Metrics endpoint ports by service (empty when endpoints are off). */
    public Map<String, Integer> metricsPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        servers.forEach((s, server) -> ports.put(s, server.port()));
        return ports;
    }

    private void log(String format, Object... args) {
        options.log().printf(format + "%n", args);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                options.log().println("warning: closing " + c.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        deleteQuietly(workDir);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp folder: the OS cleans it eventually
        }
    }
}
