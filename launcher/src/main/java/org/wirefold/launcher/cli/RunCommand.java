package org.wirefold.launcher.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.wirefold.common.model.Story;
import org.wirefold.common.serde.Json;
import org.wirefold.ingest.IngestReport;
import org.wirefold.launcher.pipeline.Pipeline;
import org.wirefold.launcher.pipeline.StoryPrinter;

/** {@code wirefold run}: the whole pipeline on the in-process broker, a feed in, consolidated stories out. */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run the whole pipeline on an in-process Kafka broker and print the consolidated stories";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold run [FEED...] [--out FILE] [--keep-running] [options]

                Starts a single-node Kafka broker (KRaft) in this process, creates Wirefold's topics, starts the
                processor and the sink, ingests FEED, waits until every article is processed and every story
                published, and prints the consolidated stories.

                FEED is a JSON Lines feed ({"id","source","url","published","title","body"} per line), a .txt
                article (headline on the first line), a folder of .txt articles, or - for standard input.
                Without FEED, the sample feed shipped with Wirefold is used: one invented event reported by
                several outlets (an early bound, a syndicated copy, a correction) and one unrelated story.

                Options:
                  --out FILE                 also write the stories as a JSON array to FILE
                  --keep-running             keep broker and services up after printing (Ctrl-C stops),
                                             to look at http://localhost:9401-9403/metrics and /health/ready
                  --no-metrics               do not open the metrics endpoints (ports 9401-9403)
                """ + PipelineOptions.HELP;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        List<String> inputs = args.positional().isEmpty() ? List.of(SampleFeed.extract().toString()) : args.positional();
        if (args.positional().isEmpty()) {
            out.println("No feed given: using the sample feed.");
        }
        Pipeline.Options options = PipelineOptions.from(args, !args.has("no-metrics"), err);
        try (Pipeline pipeline = Pipeline.start(options)) {
            pipeline.metricsPorts().forEach((service, port) ->
                    err.printf("%s: http://localhost:%d/metrics  http://localhost:%d/health/ready%n", service, port, port));
            long t0 = System.nanoTime();
            IngestReport report = pipeline.ingest(inputs, err);
            pipeline.awaitProcessed(report.published(), PipelineOptions.timeout(args));
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Story> stories = StoryPrinter.live(pipeline.stories().values());
            out.printf("%nIngested %d article(s), %d rejected by ingest, %d dead letter(s) in all; "
                            + "%d stor%s after %.1f s.%n", report.published(), report.rejected(),
                    pipeline.deadLetters().size(), stories.size(), stories.size() == 1 ? "y" : "ies", seconds);
            StoryPrinter.print(stories, out);
            out.printf("%n%d fact update(s) published on fact-updates.%n", pipeline.factUpdates().size());
            if (args.has("out")) {
                Files.writeString(Path.of(args.get("out")), Json.pretty(stories));
                out.println("Stories written to " + args.get("out"));
            }
            if (args.has("keep-running")) {
                err.println("Running; press Ctrl-C to stop.");
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
            return report.failed() == 0 ? 0 : 1;
        }
    }

    @Override
    public Set<String> valuedOptions() {
        Set<String> v = new java.util.HashSet<>(PipelineOptions.VALUED);
        v.add("out");
        return v;
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("keep-running", "no-metrics");
    }
}
