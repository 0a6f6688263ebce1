package org.wirefold.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.ingest.IngestReport;
import org.wirefold.launcher.pipeline.Pipeline;

/** Runs the pipeline on the in-process broker, scrapes each service's /metrics over HTTP and checks the counts. */
class MetricsEndpointTest {
    private final HttpClient http = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sum of every sample of {@code name} whose labels contain {@code labelPart}. */
    static double sample(String scrape, String name, String labelPart) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            if (m.group(1).contains(labelPart)) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        assertThat(found).as(name + " {" + labelPart + "} in the scrape").isTrue();
        return sum;
    }

    @Test
    void shouldCountOnMetricsExactlyWhatWasProcessedAndRejected() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        try (InputStream in = Pipeline.class.getResourceAsStream("/sample/feed.jsonl")) {
            Files.copy(in, feed);
        }
        Files.writeString(feed, "{\"id\": \"cut-off\", \"title\": \n{\"id\":\"nothing\",\"title\":\"\",\"body\":\"\"}\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        try (Pipeline pipeline = Pipeline.start(new Pipeline.Options(null, null, Map.of(), true,
                new PrintStream(new ByteArrayOutputStream())))) {
            IngestReport report = pipeline.ingest(List.of(feed.toString()), new PrintStream(new ByteArrayOutputStream()));
            pipeline.awaitProcessed(report.published(), Duration.ofMinutes(2));
            Map<String, Integer> ports = pipeline.metricsPorts();

            String ingest = get(ports.get("ingest"), "/metrics").body();
            assertThat(sample(ingest, "wirefold_ingest_articles_total", "service=\"ingest\"")).isEqualTo(7);
            assertThat(sample(ingest, "wirefold_ingest_rejected_total", "reason=\"malformed-json\"")).isEqualTo(1);
            assertThat(sample(ingest, "wirefold_ingest_rejected_total", "reason=\"empty-article\"")).isEqualTo(1);

            String processor = get(ports.get("processor"), "/metrics").body();
            long duplicates = pipeline.results().stream().filter(r -> ArticleResult.DUPLICATE.equals(r.status())).count();
            assertThat(sample(processor, "wirefold_articles_processed_total", "")).isEqualTo(7);
            assertThat(sample(processor, "wirefold_duplicates_total", "kind=")).isEqualTo(duplicates);
            assertThat(sample(processor, "wirefold_stories_live", "")).isEqualTo(pipeline.stories().size());
            assertThat(sample(processor, "wirefold_story_update_latency_seconds_count", "")).isEqualTo(7);
            assertThat(processor).contains("kafka_stream_");

            String sink = get(ports.get("sink"), "/metrics").body();
            assertThat(sample(sink, "wirefold_fact_updates_total", "reason=")).isEqualTo(pipeline.factUpdates().size());
            for (int port : ports.values()) {
                assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);
                assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
            }
        }
    }
}
