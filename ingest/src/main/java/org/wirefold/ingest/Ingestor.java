package org.wirefold.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.wirefold.common.Names;
import org.wirefold.common.config.ConfigException;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.serde.Json;
import org.wirefold.ingest.config.IngestKeys;
import org.wirefold.ingest.progress.ProgressMeter;
import org.wirefold.ingest.source.FeedReader;
import org.wirefold.ingest.source.ParsedRecord;
import org.wirefold.ingest.source.RejectReason;
import org.wirefold.ingest.source.Source;

/**
 * Publishes articles to {@code raw-articles}, keyed by article id, with an idempotent producer ({@code acks=all}).
 * Inputs are read by {@link FeedReader}; every bad record is reported on the diagnostics stream with its
 * {@code file:line}, counted by reason and written to {@code dead-letter}, while the good records around it go
 * through. Every send is checked in its callback and the producer is flushed before {@link #ingest} returns, so
 * the report is exact: an article the broker refuses as too large becomes a {@code too-large} dead letter, any
 * other failed send counts as {@link IngestReport#failed()}.
 */
public final class Ingestor implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, byte[]> producer;
    private final KafkaClientMetrics clientMetrics;
    private final IngestMetrics metrics;
    private final FeedReader feedReader;
    private final Clock clock;
    private final InputStream stdin;
    private final ProgressMeter progress;

    /** Creates the Kafka producer from {@code config} (Kafka keys pass through) and binds its metrics to {@code registry}. */
    public Ingestor(WirefoldConfig config, MeterRegistry registry, PrintStream diagnostics) {
        this(new KafkaProducer<>(producerProperties(config, maxRecordBytes(config), diagnostics),
                        new StringSerializer(), new ByteArraySerializer()),
                maxRecordBytes(config), registry, Clock.systemUTC(), System.in,
                ProgressMeter.forTerminal(diagnostics));
    }

    /** For tests and embedding: any producer, clock and stdin; diagnostics go through {@code progress}'s stream. */
    Ingestor(Producer<String, byte[]> producer, long maxRecordBytes, MeterRegistry registry, Clock clock,
             InputStream stdin, ProgressMeter progress) {
        this.producer = producer;
        this.metrics = new IngestMetrics(registry);
        this.clock = clock;
        this.stdin = stdin;
        this.progress = progress;
        this.feedReader = new FeedReader(clock, maxRecordBytes);
        this.clientMetrics = new KafkaClientMetrics(producer);
        clientMetrics.bindTo(registry);
    }

    /** {@code wirefold.ingest.max-record-bytes}, its default when absent. */
    static long maxRecordBytes(WirefoldConfig config) {
        String key = IngestKeys.MAX_RECORD_BYTES.name();
        String value = config.get(key, IngestKeys.MAX_RECORD_BYTES.defaultValue());
        try {
            long n = Long.parseLong(value.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid value for '" + key + "': '" + value + "' is not a positive whole number");
        }
    }

    /** Producer settings: the Kafka keys of {@code config}, with idempotence and {@code acks=all} enforced. */
    static Properties producerProperties(WirefoldConfig config, long maxRecordBytes, PrintStream diagnostics) {
        Properties props = config.kafkaProperties();
        String acks = props.getProperty(ProducerConfig.ACKS_CONFIG);
        String idempotence = props.getProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG);
        if ((acks != null && !acks.equals("all") && !acks.equals("-1"))
                || (idempotence != null && !idempotence.equalsIgnoreCase("true"))) {
            diagnostics.println("warning: ingest always uses acks=all and enable.idempotence=true; ignoring acks="
                    + acks + ", enable.idempotence=" + idempotence);
        }
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirefold-ingest");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
        // Bulk loads: 256 KiB batches halve the time of an 11,000-article feed against 16 KiB (the default).
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        // Room for the largest accepted article plus key and headers; the default 1 MiB when that is enough.
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Math.max(1_048_576L,
                Math.min(Integer.MAX_VALUE, maxRecordBytes + 64 * 1024))));
        return props;
    }

    /**
     * Reads every input, publishes good articles and dead-letters bad records, flushes, and returns the counts.
     *
     * @param inputs paths (a folder of {@code .txt}, a {@code .txt} file, any other file as JSON Lines) or {@code -}
     *               for stdin
     * @throws NoSuchFileException when an input does not exist (checked before anything is published)
     * @throws IOException         when an input cannot be read; records already sent are flushed first
     */
    public IngestReport ingest(List<String> inputs) throws IOException {
        for (String input : inputs) {
            if (!FeedReader.STDIN.equals(input) && !Files.exists(Path.of(input))) {
                throw new NoSuchFileException(input, null, "no such file or folder");
            }
        }
        long total = 0;
        for (String input : inputs) {
            long size = FeedReader.sizeOf(input);
            total = size < 0 || total < 0 ? -1 : total + size;
        }
        Run run = new Run();
        progress.start(total);
        long doneBytes = 0;
        try {
            for (String input : inputs) {
                long before = run.read;
                try (Source source = feedReader.open(input, stdin)) {
                    ParsedRecord record;
                    while ((record = source.next()) != null) {
                        run.read++;
                        handle(record, run);
                        drainBrokerRejections(run);
                        progress.update(run.read, doneBytes + source.bytesRead());
                    }
                    doneBytes += source.bytesRead();
                }
                if (run.read == before) {
                    say("warning: " + input + ": no articles found");
                }
            }
        } finally {
            finish(run);
            progress.clear();
        }
        return run.report();
    }

    private void handle(ParsedRecord record, Run run) {
        if (record instanceof ParsedRecord.Rejected rejected) {
            reject(rejected, run);
        } else if (record instanceof ParsedRecord.Accepted accepted) {
            publish(accepted, run);
        }
    }

    private void publish(ParsedRecord.Accepted accepted, Run run) {
        String id = accepted.article().id();
        byte[] value = Json.write(accepted.article()).getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Names.Topics.RAW_ARTICLES, id, value);
        run.sending();
        try {
            producer.send(record, (metadata, error) -> {
                try {
                    if (error == null) {
                        run.published.incrementAndGet();
                        metrics.published();
                    } else if (error instanceof RecordTooLargeException) {
                        run.brokerRejections.add(new ParsedRecord.Rejected(RejectReason.TOO_LARGE,
                                "Kafka refused the record: " + error.getMessage(), accepted.origin(), id,
                                new String(value, StandardCharsets.UTF_8)));
                    } else {
                        run.failed.incrementAndGet();
                        metrics.failed();
                        say("error: " + accepted.origin() + ": article " + id + " was not published: " + describe(error));
                    }
                } finally {
                    run.sent();
                }
            });
        } catch (RuntimeException e) {
            // send() throws only for problems before the record is queued (closed producer, fatal error, timeout).
            run.sent();
            run.failed.incrementAndGet();
            metrics.failed();
            say("error: " + accepted.origin() + ": article " + id + " was not published: " + describe(e));
        }
    }

    private void reject(ParsedRecord.Rejected rejected, Run run) {
        run.rejected(rejected.reason());
        metrics.rejected(rejected.reason());
        say(rejected.message());
        DeadLetter letter = rejected.toDeadLetter(IngestMetrics.STAGE_INGEST, clock.instant());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Names.Topics.DEAD_LETTER, rejected.key(),
                Json.write(letter).getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(Names.Headers.REASON, rejected.reason().code().getBytes(StandardCharsets.UTF_8))
                .add(Names.Headers.STAGE, IngestMetrics.STAGE_INGEST.getBytes(StandardCharsets.UTF_8))
                .add(Names.Headers.ORIGIN, rejected.origin().getBytes(StandardCharsets.UTF_8));
        run.sending();
        try {
            producer.send(record, (metadata, error) -> {
                try {
                    if (error == null) {
                        metrics.deadLettered();
                    } else {
                        deadLetterFailed(rejected, error, run);
                    }
                } finally {
                    run.sent();
                }
            });
        } catch (RuntimeException e) {
            run.sent();
            deadLetterFailed(rejected, e, run);
        }
    }

    private void deadLetterFailed(ParsedRecord.Rejected rejected, Exception error, Run run) {
        run.failed.incrementAndGet();
        metrics.failed();
        say("error: " + rejected.origin() + ": dead letter (" + rejected.reason().code() + ") was not written: "
                + describe(error));
    }

    /** Articles the producer or broker refused as too large become dead letters; done on this thread, not in callbacks. */
    private void drainBrokerRejections(Run run) {
        ParsedRecord.Rejected r;
        while ((r = run.brokerRejections.poll()) != null) {
            reject(r, run);
        }
    }

    /** Flushes until every send has called back, dead-lettering broker rejections on the way. */
    private void finish(Run run) {
        while (true) {
            try {
                producer.flush();
            } catch (RuntimeException e) {
                say("error: flushing the producer failed: " + describe(e));
            }
            run.awaitCallbacks(CLOSE_TIMEOUT.toMillis());
            if (!run.brokerRejections.isEmpty()) {
                drainBrokerRejections(run);
                continue;
            }
            long unconfirmed = run.inFlight();
            if (unconfirmed > 0) {
                run.failed.addAndGet(unconfirmed);
                say("error: " + unconfirmed + " sends were not confirmed within " + CLOSE_TIMEOUT.toSeconds() + " s");
            }
            return;
        }
    }

    private void say(String line) {
        progress.println(line);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Closes the producer (waiting up to 30 s for sends in flight) and unbinds its metrics. */
    @Override
    public void close() {
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            clientMetrics.close();
        }
    }
}
