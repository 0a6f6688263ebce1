package org.wirefold.launcher.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.config.CommonKeys;
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
            On the in-process broker the topics get one partition unless --set wirefold.topics.partitions=N:
            a feed replayed at once then reaches story clustering in its own order, as a live feed does.
            """;

    private PipelineOptions() {
    }

    static Pipeline.Options from(Args args, boolean metricsPorts, PrintStream log) {
        Path config = args.has("config") ? Path.of(args.get("config")) : null;
        if (config != null && !config.toFile().canRead()) {
            throw new UsageException("--config: cannot read " + config);
        }
        Map<String, String> settings = new LinkedHashMap<>(args.settings());
        if (!args.has("bootstrap-servers")) {
            // A finished feed is pushed all at once. Kafka orders records within a partition only, so with several
            // partitions the single clustering stage would see the feed as an interleaving of partitions (a later
            // copy before its original). One partition keeps the feed's order, as a live feed arriving over time has.
            settings.putIfAbsent(CommonKeys.TOPIC_PARTITIONS.name(), "1");
        }
        return new Pipeline.Options(args.get("bootstrap-servers"), config, settings, metricsPorts, log);
    }

    static java.time.Duration timeout(Args args) {
        return java.time.Duration.ofSeconds(args.getInt("timeout", 600));
    }
}
