package org.wirefold.launcher.cli;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.Json;
import org.wirefold.ingest.IngestReport;
import org.wirefold.launcher.pipeline.Pipeline;

/** {@code wirefold replay}: a feed through the real pipeline, one result line per input article, and throughput. */
final class ReplayCommand implements Command {

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String summary() {
        return "replay a feed through the pipeline and write one JSON result line per article";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold replay FEED... --results FILE [options]

                Runs FEED through the same pipeline as `wirefold run` (in-process broker unless
                --bootstrap-servers) and writes one JSON line per input article to FILE:
                  {"id", "story", "duplicateOf", "status", "reason", "facts"}
                status is accepted, duplicate (duplicateOf names the first copy; reason exact or near) or
                rejected (reason says why; rejected lines of the feed itself carry their file:line as id).
                Prints articles per second from the first article ingested to the last story published.

                Options:
                  --results FILE             where the result lines go (required)
                """ + PipelineOptions.HELP;
    }

    @Override
    public java.util.Set<String> valuedOptions() {
        java.util.Set<String> v = new java.util.HashSet<>(PipelineOptions.VALUED);
        v.add("results");
        return v;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty() || !args.has("results")) {
            throw new UsageException("replay needs FEED and --results FILE (see --help)");
        }
        Replay replay = replay(args, args.positional(), err);
        writeResults(Path.of(args.get("results")), replay.results(), replay.ingestRejects());
        out.printf("%d article(s) replayed in %.1f s: %.1f articles/s (%d accepted, %d duplicate, %d rejected). "
                        + "Results: %s%n", replay.report().read(), replay.seconds(), replay.report().read() / replay.seconds(),
                count(replay.results(), ArticleResult.ACCEPTED), count(replay.results(), ArticleResult.DUPLICATE),
                count(replay.results(), ArticleResult.REJECTED) + replay.ingestRejects().size(), args.get("results"));
        return replay.report().failed() == 0 ? 0 : 1;
    }

    /** The outcome of one replay, kept for evaluation. */
    record Replay(IngestReport report, List<ArticleResult> results, List<DeadLetter> ingestRejects,
                  Map<String, Story> stories, double seconds) {
    }

    static Replay replay(Args args, List<String> inputs, PrintStream err) throws Exception {
        try (Pipeline pipeline = Pipeline.start(PipelineOptions.from(args, false, err))) {
            long t0 = System.nanoTime();
            IngestReport report = pipeline.ingest(inputs, err);
            pipeline.awaitProcessed(report.published(), PipelineOptions.timeout(args));
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<DeadLetter> ingestRejects = pipeline.deadLetters().stream()
                    .filter(d -> "ingest".equals(d.stage())).toList();
            return new Replay(report, List.copyOf(pipeline.results()), ingestRejects,
                    new LinkedHashMap<>(pipeline.stories()), seconds);
        }
    }

    static void writeResults(Path file, List<ArticleResult> results, List<DeadLetter> ingestRejects) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ArticleResult r : results) {
                w.write(Json.write(r));
                w.newLine();
            }
            for (DeadLetter d : ingestRejects) {
                w.write(Json.write(new ArticleResult(d.key() != null ? d.key() : d.origin(), null, null,
                        ArticleResult.REJECTED, d.reason(), List.of())));
                w.newLine();
            }
        }
    }

    private static long count(List<ArticleResult> results, String status) {
        return results.stream().filter(r -> status.equals(r.status())).count();
    }
}
