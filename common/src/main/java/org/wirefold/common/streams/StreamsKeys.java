package org.wirefold.common.streams;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.ConfigKey;

/** The configuration keys every Kafka Streams service of Wirefold understands, with that service's defaults. */
public final class StreamsKeys {
    private StreamsKeys() {
    }

    /**
     * @param applicationId default {@code application.id} (consumer group, prefix of internal topics)
     * @param metricsPort   default port of {@code /metrics} and {@code /health/*}
     */
    public static List<ConfigKey> of(String applicationId, int metricsPort) {
        List<ConfigKey> keys = new ArrayList<>(CommonKeys.ALL);
        keys.remove(CommonKeys.METRICS_PORT);
        keys.add(ConfigKey.optional(CommonKeys.METRICS_PORT.name(), String.valueOf(metricsPort),
                CommonKeys.METRICS_PORT.description()));
        keys.add(ConfigKey.optional("application.id", applicationId,
                "Kafka Streams application id: consumer group and prefix of internal topics"));
        keys.add(ConfigKey.optional("processing.guarantee", "exactly_once_v2", "exactly_once_v2 (default) or at_least_once"));
        keys.add(ConfigKey.optional("state.dir", null, "Folder of the local state stores (Kafka Streams default: a temp folder)"));
        keys.add(StreamsService.ON_ERROR);
        return keys;
    }
}
