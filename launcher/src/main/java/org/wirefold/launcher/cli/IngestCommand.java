package org.wirefold.launcher.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.KafkaException;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.metrics.Metrics;
import org.wirefold.common.metrics.MetricsServer;
import org.wirefold.ingest.IngestReport;
import org.wirefold.ingest.Ingestor;
import org.wirefold.ingest.config.IngestKeys;

/**
 * {@code wirefold ingest}: publishes articles from files, folders or stdin to {@code raw-articles} and exits.
 * Exit code 0 when every good article was published (bad input going to {@code dead-letter} is not a failure),
 * 1 when a send failed, 2 on usage or configuration errors.
 */
public final class IngestCommand implements Command {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "publish articles from text files, JSON Lines feeds or stdin to raw-articles";
    }

    @Override
    public Set<String> valuedOptions() {
        return ConfigOptions.VALUED;
    }

    @Override
    public String help() {
        return """
                Usage: wirefold ingest [--bootstrap-servers HOST:PORT] [--config FILE] [--set KEY=VALUE]...
                                      [--metrics-port N] [INPUT...]

                Publishes articles to the raw-articles topic, keyed by article id, with an idempotent producer
                (acks=all, zstd compression unless compression.type is set), waits until the broker has
                acknowledged every record, prints a summary and exits. Topics must exist (wirefold processor or
                run creates them).

                Inputs (none means stdin):
                  FOLDER        every *.txt file directly in it, in file-name order, one article each
                  FILE.txt      one article: headline on the first non-empty line, body the rest
                  FILE          any other file (.jsonl, .json, ...): JSON Lines, one article per line:
                                {"id","source","url","published","title","body"}, every field a string or null,
                                published ISO-8601 (e.g. 2025-12-13T09:30:00Z)
                  -             stdin: JSON Lines when its first non-blank character is '{', else one
                                plain-text article
                A missing id is derived from the text ("a-" + 16 hex digits of SHA-256 of the normalised headline
                and body, so the same text always gets the same key); a missing published time is the ingest time.

                Bad input never stops the ingest. Each bad record is reported on stderr as FILE:LINE: REASON: detail,
                counted, and written to the dead-letter topic as a DeadLetter JSON (stage "ingest", reason, origin
                FILE:LINE, payload preview; headers wirefold.reason, wirefold.stage, wirefold.origin). Reasons:
                  malformed-json   the line is not valid JSON (or has text after the object)
                  invalid-utf8     the line (or text file) is not valid UTF-8
                  bad-field        a field has the wrong type, published is not ISO-8601, id too long
                  empty-article    neither headline nor body
                  too-large        larger than wirefold.ingest.max-record-bytes, or refused by Kafka as too large
                Good records before and after a bad one are published. A send that fails for any other reason
                (broker unreachable, not authorised, ...) is an error: exit code 1.

                On a terminal, progress (records, rate, share of input read, time left) is shown on stderr twice a
                second; not when stderr is redirected or CI=true.

                Exit codes: 0 every good article published, 1 a send failed or an input could not be read,
                2 usage or configuration error.

                Metrics: /metrics on --metrics-port while it runs (wirefold_ingest_articles_total,
                wirefold_ingest_rejected_total{reason}, wirefold_dead_letter_total{stage="ingest"}, producer metrics);
                /health/ready is 200 once the producer is created.

                Examples:
                  wirefold ingest --bootstrap-servers localhost:9092 feeds/today.jsonl
                  wirefold ingest --bootstrap-servers localhost:9092 --metrics-port -1 articles/
                  curl -s https://example.org/feed.jsonl | wirefold ingest --bootstrap-servers kafka:9092 -
                  wirefold ingest --config prod.properties --set compression.type=lz4 a.txt b.txt

                """ + ConfigOptions.help(IngestKeys.ALL);
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        List<String> inputs = args.positional().isEmpty() ? List.of("-") : List.copyOf(args.positional());
        for (String input : inputs) {
            if (!input.equals("-") && !Files.exists(Path.of(input))) {
                throw new UsageException("no such file or folder: " + input);
            }
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("stdin (-) can be read only once");
        }
        WirefoldConfig config = ConfigOptions.load(args, IngestKeys.ALL);
        int port = config.getInt(IngestKeys.METRICS_PORT.name());
        PrometheusMeterRegistry registry = Metrics.registry("ingest", config.get(CommonKeys.INSTANCE.name()));
        AtomicBoolean ready = new AtomicBoolean();
        MetricsServer server = null;
        if (port != -1) {
            try {
                server = MetricsServer.start(port, registry, ready::get);
                err.printf("metrics on http://localhost:%d/metrics%n", server.port());
            } catch (IOException e) {
                err.println("warning: metrics endpoint not started on port " + port + " (" + e.getMessage()
                        + "); use --metrics-port 0 for any free port or -1 for none");
            }
        }
        long started = System.nanoTime();
        try (Ingestor ingestor = new Ingestor(config, registry, err)) {
            ready.set(true);
            IngestReport report = ingestor.ingest(inputs);
            String summary = report.summary();
            int firstLine = summary.indexOf('\n');
            out.print("ingest: " + summary.substring(0, firstLine)
                    + String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9) + summary.substring(firstLine));
            if (!report.ok()) {
                err.println("wirefold ingest: " + report.failed() + " record(s) could not be written to Kafka");
                return 1;
            }
            return 0;
        } catch (org.apache.kafka.common.config.ConfigException e) {
            throw new UsageException("invalid Kafka producer setting: " + e.getMessage());
        } catch (IOException e) {
            err.println("wirefold ingest: cannot read input: " + e.getMessage());
            return 1;
        } catch (KafkaException e) {
            err.println("wirefold ingest: Kafka producer failed: " + e.getMessage());
            return 1;
        } finally {
            ready.set(false);
            if (server != null) {
                server.close();
            }
            registry.close();
        }
    }
}
