package org.wirefold.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirefold.launcher.Wirefold;

class WirefoldCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Wirefold.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldListEveryCommandInTheOverallHelp() {
        assertThat(run("--help")).isZero();

        for (Command c : Commands.all()) {
            assertThat(stdout()).contains(c.name());
        }
    }

    @Test
    void shouldExplainEachCommandWithItsUsageLine() {
        for (Command c : Commands.all()) {
            out.reset();
            assertThat(run(c.name(), "--help")).as(c.name()).isZero();
            assertThat(stdout()).as(c.name()).contains("Usage: wirefold " + c.name());
        }
    }

    @Test
    void shouldRejectAnUnknownOptionWithExitCodeTwo() {
        assertThat(run("replay", "--no-such-thing")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option --no-such-thing");
    }

    @Test
    void shouldRunTheBenchmarkWithItsOwnOptions() {
        assertThat(run("bench", "--stories", "30,60", "--articles", "40", "--rounds", "4", "--seed", "7")).isZero();

        assertThat(stdout()).contains("loaded 60 articles").contains("median of 4 round ratios").contains("CPU time");
    }

    @Test
    void shouldRejectBenchmarkRoundsAboveTheArticleCount() {
        assertThat(run("bench", "--stories", "30", "--articles", "3", "--rounds", "4")).isEqualTo(2);
        assertThat(stderr()).contains("--articles >= --rounds");
    }

    @Test
    void shouldRejectAnEvaluationWithoutLabels() {
        assertThat(run("evaluate", "feed.jsonl")).isEqualTo(2);
        assertThat(stderr()).contains("--gold FILE or --pairs FILE");
    }

    @Test
    void shouldRejectAnUnknownCommand() {
        assertThat(run("launch")).isEqualTo(2);
        assertThat(stderr()).contains("unknown command 'launch'");
    }

    @Test
    void shouldNameTheMissingKeyWhenAServiceHasNoBootstrapServers() {
        assertThat(run("processor", "--metrics-port", "-1")).isEqualTo(2);
        assertThat(stderr()).contains("'bootstrap.servers'").contains("WIREFOLD_KAFKA_BOOTSTRAP_SERVERS");
    }
}
