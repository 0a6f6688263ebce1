package org.wirefold.sink.config;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.Names;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.streams.StreamsService;

/** Configuration keys of the sink (Kafka Streams settings pass through unchanged). */
public final class SinkKeys {
    public static final ConfigKey METRICS_PORT = ConfigKey.optional("wirefold.metrics.port", "9403",
            "HTTP port of /metrics and /health/*; 0 picks a free port, -1 disables the endpoint");
    public static final ConfigKey APPLICATION_ID = ConfigKey.optional("application.id", Names.Apps.SINK,
            "Kafka Streams application id: consumer group and prefix of internal topics");
    public static final ConfigKey PROCESSING_GUARANTEE = ConfigKey.optional("processing.guarantee", "exactly_once_v2",
            "exactly_once_v2 (default) or at_least_once");
    public static final ConfigKey STATE_DIR = ConfigKey.optional("state.dir", null,
            "Folder of the local state stores (Kafka Streams default: a temp folder)");

    public static final List<ConfigKey> ALL = build();

    private static List<ConfigKey> build() {
        List<ConfigKey> keys = new ArrayList<>(CommonKeys.ALL);
        keys.remove(CommonKeys.METRICS_PORT);
        keys.addAll(List.of(METRICS_PORT, APPLICATION_ID, PROCESSING_GUARANTEE, STATE_DIR, StreamsService.ON_ERROR));
        return List.copyOf(keys);
    }

    private SinkKeys() {
    }
}
