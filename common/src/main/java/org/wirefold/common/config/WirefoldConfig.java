package org.wirefold.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Layered configuration: defaults, then a properties file, then environment variables, then command-line flags,
 * each layer overriding the one before.
 *
 * <p>Keys under {@code wirefold.} are Wirefold's own; every other key is handed to the Kafka clients unchanged,
 * so SASL, TLS and tuning settings need no code. Environment variables: {@code WIREFOLD_X_Y} sets
 * {@code wirefold.x.y}; {@code WIREFOLD_KAFKA_X_Y} sets the Kafka key {@code x.y}.
 */
public final class WirefoldConfig {
    public static final String PREFIX = "wirefold.";
    private static final String ENV_PREFIX = "WIREFOLD_";
    private static final String ENV_KAFKA_PREFIX = "WIREFOLD_KAFKA_";
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|credential|\\.key$).*");

    private final Map<String, String> values;

    private WirefoldConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Builds the layered configuration.
     *
     * @param keys  the keys the service knows (their defaults form the first layer)
     * @param file  properties file, or null
     * @param env   environment variables (only {@code WIREFOLD_*} are read)
     * @param flags key/value pairs from the command line
     */
    public static WirefoldConfig load(Collection<ConfigKey> keys, Path file, Map<String, String> env,
                                      Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (ConfigKey key : keys) {
            if (key.defaultValue() != null) {
                merged.put(key.name(), key.defaultValue());
            }
        }
        if (file != null) {
            merged.putAll(readProperties(file));
        }
        merged.putAll(fromEnvironment(env));
        for (ConfigKey key : keys) {
            // The exact variable of a known key wins: it is the only way to tell '-' from '.' in a key name.
            String value = env.get(key.envVar());
            if (value != null) {
                merged.remove(envVarGuess(key.envVar()));
                merged.put(key.name(), value);
            }
        }
        merged.putAll(flags);
        WirefoldConfig config = new WirefoldConfig(merged);
        for (ConfigKey key : keys) {
            if (key.required()) {
                config.require(key.name());
            }
        }
        return config;
    }

    /** A configuration of exactly these values (tests, embedded runs). */
    public static WirefoldConfig of(Map<String, String> values) {
        return new WirefoldConfig(values);
    }

    /** Returns a copy with {@code overrides} applied on top. */
    public WirefoldConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new WirefoldConfig(merged);
    }

    static String envVarFor(String key) {
        String upper = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return key.startsWith(PREFIX) ? upper : ENV_KAFKA_PREFIX + upper;
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_KAFKA_PREFIX)) {
                out.put(name.substring(ENV_KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            } else if (name.startsWith(ENV_PREFIX)) {
                out.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return out;
    }

    private static String envVarGuess(String envVar) {
        return fromEnvironment(Map.of(envVar, "")).keySet().iterator().next();
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k.strip(), props.getProperty(k).strip()));
        return out;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** The value, or a {@link ConfigException} naming the key and how to set it. */
    public String require(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException("Missing required configuration '" + key + "': set it in the properties file (--config), "
                    + "as environment variable " + envVarFor(key) + ", or on the command line");
        }
        return value;
    }

    public int getInt(String key) {
        String value = require(key);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid value for '" + key + "': '" + value + "' is not a whole number");
        }
    }

    public long getLong(String key) {
        String value = require(key);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid value for '" + key + "': '" + value + "' is not a whole number");
        }
    }

    public double getDouble(String key) {
        String value = require(key);
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid value for '" + key + "': '" + value + "' is not a number");
        }
    }

    /** Every non-{@code wirefold.} key: what the Kafka clients receive. */
    public Properties kafkaProperties() {
        Properties props = new Properties();
        values.forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                props.put(k, v);
            }
        });
        return props;
    }

    /** All values sorted, secrets masked: safe to log. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> sb.append("  ").append(k).append(" = ")
                .append(isSecret(k) ? "[hidden]" : v).append('\n'));
        return sb.toString();
    }

    public static boolean isSecret(String key) {
        return SECRET.matcher(key).matches();
    }

    @Override
    public String toString() {
        return "WirefoldConfig{\n" + describe() + "}";
    }
}
