package org.wirefold.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.launcher.broker.EmbeddedKafka;

/** Runs {@code wirefold processor} as its own process against the in-process broker and stops it with SIGTERM. */
class ServiceLifecycleTest {
    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/metrics");

    @TempDir
    Path state;

    @Test
    void shouldBecomeReadyAndCloseCleanlyOnSigterm() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(null)) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "org.wirefold.launcher.Wirefold",
                    "processor", "--bootstrap-servers", kafka.bootstrapServers(), "--metrics-port", "0",
                    "--set", "state.dir=" + state)
                    .redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    r.lines().forEach(lines::add);
                } catch (Exception ignored) {
                    // the process ended
                }
            });
            reader.start();
            try {
                int port = awaitPort(lines);
                HttpClient http = HttpClient.newHttpClient();
                int ready = 0;
                for (int i = 0; i < 120 && ready != 200; i++) {
                    Thread.sleep(500);
                    ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }
                assertThat(ready).as("/health/ready").isEqualTo(200);

                process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
                assertThat(process.waitFor(40, TimeUnit.SECONDS)).as("stopped within 40 s").isTrue();
                reader.join(5000);
                assertThat(String.join("\n", lines)).contains("stopping").contains("PENDING_SHUTDOWN -> NOT_RUNNING")
                        .doesNotContain("did not close within");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static int awaitPort(List<String> lines) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            for (String line : lines) {
                Matcher m = PORT.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no metrics port announced:\n" + String.join("\n", lines));
    }
}
