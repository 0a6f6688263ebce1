package org.wirefold.launcher.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.WirefoldConfig;

/**
 * The configuration options every service command shares ({@code --config}, {@code --bootstrap-servers},
 * {@code --metrics-port}, {@code --set}) and how they become a layered {@link WirefoldConfig}.
 */
public final class ConfigOptions {
    public static final Set<String> VALUED = Set.of("config", "bootstrap-servers", "metrics-port", "set");

    private ConfigOptions() {
    }

    /** Option lines for {@code --help}, followed by every key with its default and environment variable. */
    public static String help(Collection<ConfigKey> keys) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                Configuration (later layers win): defaults < --config FILE (Java properties) < environment < options.
                  --config FILE              properties file; any Kafka client setting (SASL, TLS, …) may appear in it
                  --bootstrap-servers LIST   Kafka brokers (sets bootstrap.servers)
                  --metrics-port PORT        port of /metrics and /health/* (0 = any free port, -1 = off)
                  --set KEY=VALUE            any key, repeatable
                Environment: WIREFOLD_X_Y sets wirefold.x.y; WIREFOLD_KAFKA_X_Y sets the Kafka key x.y.
                Keys:
                """);
        for (ConfigKey key : keys) {
            sb.append(String.format("  %-36s %s%n      default: %s; env: %s%n", key.name(), key.description(),
                    key.required() ? "(required)" : key.defaultValue() == null ? "(none)" : key.defaultValue(),
                    key.envVar()));
        }
        return sb.toString();
    }

    /** Builds the service configuration from the parsed options and the process environment. */
    public static WirefoldConfig load(Args args, Collection<ConfigKey> keys) {
        return load(args, keys, System.getenv());
    }

    static WirefoldConfig load(Args args, Collection<ConfigKey> keys, Map<String, String> env) {
        Path file = null;
        if (args.has("config")) {
            file = Path.of(args.get("config"));
            if (!Files.isReadable(file)) {
                throw new UsageException("--config: cannot read " + file);
            }
        }
        Map<String, String> flags = new LinkedHashMap<>(args.settings());
        if (args.has("bootstrap-servers")) {
            flags.put("bootstrap.servers", args.get("bootstrap-servers"));
        }
        if (args.has("metrics-port")) {
            flags.put("wirefold.metrics.port", args.get("metrics-port"));
        }
        return WirefoldConfig.load(keys, file, env, flags);
    }

    /** {@code a} and {@code b} joined, for key lists. */
    public static List<ConfigKey> concat(Collection<ConfigKey> a, Collection<ConfigKey> b) {
        List<ConfigKey> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
