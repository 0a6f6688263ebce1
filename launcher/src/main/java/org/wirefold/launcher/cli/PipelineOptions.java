package org.wirefold.launcher.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.wirefold.launcher.pipeline.Pipeline;

/** Options shared by the commands that run the whole pipeline ({@code run}, {@code replay}, {@code evaluate}). */
final class PipelineOptions {
    static final Set<String> VALUED = Set.of("bootstrap-servers", "config", "set", "timeout");
    static final String HELP = """
              --bootstrap-servers LIST   use this Kafka cluster instead of starting the in-process broker
                                         (its Wirefold topics are used as they are: best on an empty cluster)
              --config FILE              properties applied to every service (any Kafka or wirefold.* key)
              --set KEY=VALUE            one setting for every service, repeatable
              --timeout SECONDS          give up waiting for the pipeline after this long (default 600)
            """;

    private PipelineOptions() {
    }

    static Pipeline.Options from(Args args, boolean metricsPorts, PrintStream log) {
        Path config = args.has("config") ? Path.of(args.get("config")) : null;
        if (config != null && !config.toFile().canRead()) {
            throw new UsageException("--config: cannot read " + config);
        }
        return new Pipeline.Options(args.get("bootstrap-servers"), config, args.settings(), metricsPorts, log);
    }

    static java.time.Duration timeout(Args args) {
        return java.time.Duration.ofSeconds(args.getInt("timeout", 600));
    }
}
