package org.wirefold.ingest.config;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.ConfigKey;

/** Configuration keys of the ingest service (Kafka producer settings pass through unchanged). */
public final class IngestKeys {
    public static final ConfigKey METRICS_PORT = ConfigKey.optional("wirefold.metrics.port", "9401",
            "HTTP port of /metrics and /health/*; 0 picks a free port, -1 disables the endpoint");
    public static final ConfigKey MAX_RECORD_BYTES = ConfigKey.optional("wirefold.ingest.max-record-bytes", "1000000",
            "Largest article accepted, in bytes of JSON; larger ones go to the dead-letter topic");

    public static final List<ConfigKey> ALL = build();

    private static List<ConfigKey> build() {
        List<ConfigKey> keys = new ArrayList<>(CommonKeys.ALL);
        keys.remove(CommonKeys.METRICS_PORT);
        keys.add(METRICS_PORT);
        keys.add(MAX_RECORD_BYTES);
        return List.copyOf(keys);
    }

    private IngestKeys() {
    }
}
