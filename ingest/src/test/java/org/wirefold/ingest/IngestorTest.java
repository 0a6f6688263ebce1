package org.wirefold.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.Names;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.serde.Json;
import org.wirefold.ingest.progress.ProgressMeter;

class IngestorTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private FailingProducer producer = new FailingProducer(r -> null);
    private Ingestor ingestor;

    /** MockProducer whose sends fail, through the callback as KafkaProducer does, when {@code failure} says so. */
    private static final class FailingProducer extends MockProducer<String, byte[]> {
        private final Function<ProducerRecord<String, byte[]>, RuntimeException> failure;

        FailingProducer(Function<ProducerRecord<String, byte[]>, RuntimeException> failure) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.failure = failure;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            RuntimeException e = failure.apply(record);
            if (e != null) {
                callback.onCompletion(null, e);
                return CompletableFuture.failedFuture(e);
            }
            return super.send(record, callback);
        }
    }

    private static String line(String id, String title, String body) {
        return "{\"id\":\"" + id + "\",\"source\":\"valley-post\",\"url\":null,\"published\":\"2026-02-28T07:00:00Z\","
                + "\"title\":\"" + title + "\",\"body\":\"" + body + "\"}\n";
    }

    private Path feed(String... lines) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("", lines));
        return file;
    }

    private Ingestor ingestor(InputStream stdin) {
        ingestor = new Ingestor(producer, 1_000_000, registry, Clock.fixed(NOW, ZoneOffset.UTC), stdin,
                new ProgressMeter(new PrintStream(diagnostics, true, StandardCharsets.UTF_8), false, System::nanoTime));
        return ingestor;
    }

    private List<ProducerRecord<String, byte[]>> sentTo(String topic) {
        return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private static String header(ProducerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        if (ingestor != null) {
            ingestor.close();
        }
    }

    @Test
    void shouldPublishGoodArticlesKeyedByIdAndDeadLetterBadLines() throws IOException {
        Path file = feed(line("vp-1", "Reservoir level rises", "Rain filled it."), "{\"id\":\"vp-x\",\"title\":\n",
                line("vp-2", "School roof repaired", "Classes resume."), "{\"id\":\"vp-3\",\"title\":\"\",\"body\":\"\"}\n");

        IngestReport report = ingestor(InputStream.nullInputStream()).ingest(List.of(file.toString()));

        assertEquals(new IngestReport(4, 2, 2, Map.of("malformed-json", 1L, "empty-article", 1L), 0), report);
        List<ProducerRecord<String, byte[]>> raw = sentTo(Names.Topics.RAW_ARTICLES);
        assertEquals(List.of("vp-1", "vp-2"), raw.stream().map(ProducerRecord::key).toList());
        Article first = Json.MAPPER.readValue(raw.get(0).value(), Article.class);
        assertEquals(new Article("vp-1", "valley-post", null, Instant.parse("2026-02-28T07:00:00Z"),
                "Reservoir level rises", "Rain filled it.", NOW), first);

        List<ProducerRecord<String, byte[]>> dead = sentTo(Names.Topics.DEAD_LETTER);
        assertEquals(2, dead.size());
        ProducerRecord<String, byte[]> malformed = dead.get(0);
        assertEquals("malformed-json", header(malformed, Names.Headers.REASON));
        assertEquals("ingest", header(malformed, Names.Headers.STAGE));
        assertEquals(file + ":2", header(malformed, Names.Headers.ORIGIN));
        DeadLetter letter = Json.MAPPER.readValue(malformed.value(), DeadLetter.class);
        assertEquals("ingest", letter.stage());
        assertEquals(file + ":2", letter.origin());
        assertEquals("{\"id\":\"vp-x\",\"title\":", letter.payload());
        assertEquals(NOW, letter.at());
        assertEquals("vp-3", dead.get(1).key());
        assertTrue(diagnostics().contains(file + ":2: malformed JSON: "), diagnostics());
        assertTrue(diagnostics().contains(file + ":4: empty article: "), diagnostics());
        assertTrue(producer.flushed());
    }

    @Test
    void shouldCountFailedSendAndStillPublishTheRest() throws IOException {
        producer = new FailingProducer(r -> "vp-2".equals(r.key()) ? new TimeoutException("broker unreachable") : null);
        Path file = feed(line("vp-1", "A", "a"), line("vp-2", "B", "b"), line("vp-3", "C", "c"));

        IngestReport report = ingestor(InputStream.nullInputStream()).ingest(List.of(file.toString()));

        assertEquals(new IngestReport(3, 2, 0, Map.of(), 1), report);
        assertFalse(report.ok());
        assertTrue(diagnostics().contains("error: " + file + ":2: article vp-2 was not published"), diagnostics());
    }

    @Test
    void shouldDeadLetterArticleThatKafkaRefusesAsTooLarge() throws IOException {
        producer = new FailingProducer(r -> "vp-big".equals(r.key()) && r.topic().equals(Names.Topics.RAW_ARTICLES)
                ? new RecordTooLargeException("The message is 2000000 bytes") : null);
        Path file = feed(line("vp-1", "A", "a"), line("vp-big", "B", "b"));

        IngestReport report = ingestor(InputStream.nullInputStream()).ingest(List.of(file.toString()));

        assertEquals(new IngestReport(2, 1, 1, Map.of("too-large", 1L), 0), report);
        ProducerRecord<String, byte[]> dead = sentTo(Names.Topics.DEAD_LETTER).get(0);
        assertEquals("vp-big", dead.key());
        assertEquals("too-large", header(dead, Names.Headers.REASON));
        assertEquals(file + ":2", header(dead, Names.Headers.ORIGIN));
    }

    @Test
    void shouldCountDeadLetterThatCannotBeWrittenAsFailure() throws IOException {
        producer = new FailingProducer(r -> r.topic().equals(Names.Topics.DEAD_LETTER)
                ? new TimeoutException("no leader") : null);
        Path file = feed(line("vp-1", "A", "a"), "not json\n");

        IngestReport report = ingestor(InputStream.nullInputStream()).ingest(List.of(file.toString()));

        assertEquals(new IngestReport(2, 1, 1, Map.of("malformed-json", 1L), 1), report);
        assertTrue(diagnostics().contains("dead letter (malformed-json) was not written"), diagnostics());
    }

    @Test
    void shouldReadStdinForDash() throws IOException {
        byte[] stdin = "Bridge closed for inspection\nEngineers found a crack.\n".getBytes(StandardCharsets.UTF_8);

        IngestReport report = ingestor(new ByteArrayInputStream(stdin)).ingest(List.of("-"));

        assertEquals(1, report.published());
        Article a = Json.MAPPER.readValue(sentTo(Names.Topics.RAW_ARTICLES).get(0).value(), Article.class);
        assertEquals("Bridge closed for inspection", a.title());
        assertEquals(NOW, a.published());
        assertTrue(a.id().startsWith("a-"));
    }

    @Test
    void shouldRefuseMissingInputBeforePublishingAnything() throws IOException {
        Path file = feed(line("vp-1", "A", "a"));
        Ingestor in = ingestor(InputStream.nullInputStream());
        assertThrows(NoSuchFileException.class, () -> in.ingest(List.of(file.toString(), dir.resolve("gone").toString())));
        assertEquals(List.of(), producer.history());
    }

    @Test
    void shouldExposeCountersUnderPrometheusNames() throws IOException {
        Path file = feed(line("vp-1", "A", "a"), line("vp-2", "B", "b"), "[1]\n");

        ingestor(InputStream.nullInputStream()).ingest(List.of(file.toString()));

        String scrape = registry.scrape();
        assertTrue(scrape.contains("wirefold_ingest_articles_total 2.0"), scrape);
        assertTrue(scrape.contains("wirefold_ingest_rejected_total{reason=\"bad-field\"} 1.0"), scrape);
        assertTrue(scrape.contains("wirefold_ingest_rejected_total{reason=\"malformed-json\"} 0.0"), scrape);
        assertTrue(scrape.contains("wirefold_dead_letter_total{stage=\"ingest\"} 1.0"), scrape);
        assertTrue(scrape.contains("wirefold_ingest_failed_total 0.0"), scrape);
    }

    @Test
    void shouldEnforceIdempotentProducerAndKeepOtherKafkaSettings() {
        WirefoldConfig config = WirefoldConfig.of(Map.of("bootstrap.servers", "broker:9092", "acks", "1",
                "compression.type", "lz4", "wirefold.ingest.max-record-bytes", "5000000"));
        PrintStream err = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);

        Properties props = Ingestor.producerProperties(config, Ingestor.maxRecordBytes(config), err);

        assertEquals("all", props.get("acks"));
        assertEquals("true", props.get("enable.idempotence"));
        assertEquals("lz4", props.get("compression.type"));
        assertEquals("broker:9092", props.get("bootstrap.servers"));
        assertEquals(String.valueOf(5_000_000 + 64 * 1024), props.get("max.request.size"));
        assertFalse(props.containsKey("wirefold.ingest.max-record-bytes"));
        assertTrue(diagnostics().contains("ignoring acks=1"), diagnostics());
        assertEquals("zstd", Ingestor.producerProperties(WirefoldConfig.of(Map.of()), 1_000_000, err)
                .get("compression.type"));
    }
}
