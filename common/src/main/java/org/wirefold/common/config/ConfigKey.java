package org.wirefold.common.config;

/**
 * A configuration key a Wirefold service understands, with its default and a one-line explanation
 * (printed by {@code --help}). Keys outside the {@code wirefold.} namespace are Kafka client settings.
 *
 * @param name         full key, e.g. {@code wirefold.metrics.port} or {@code bootstrap.servers}
 * @param defaultValue default, or null when the key is required or optional without default
 * @param required     true when start-up fails without it
 * @param description  what it does
 */
public record ConfigKey(String name, String defaultValue, boolean required, String description) {

    public static ConfigKey optional(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, false, description);
    }

    public static ConfigKey required(String name, String description) {
        return new ConfigKey(name, null, true, description);
    }

    /** The environment variable that sets this key: {@code wirefold.metrics.port} → {@code WIREFOLD_METRICS_PORT}, {@code bootstrap.servers} → {@code WIREFOLD_KAFKA_BOOTSTRAP_SERVERS}. */
    public String envVar() {
        return WirefoldConfig.envVarFor(name);
    }
}
