package org.wirefold.processor.config;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.Names;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.streams.StreamsService;
import org.wirefold.processor.story.ClusterConfig;

/** Configuration keys of the processor (Kafka Streams settings pass through unchanged). */
public final class ProcessorKeys {
    public static final ConfigKey METRICS_PORT = ConfigKey.optional("wirefold.metrics.port", "9402",
            "HTTP port of /metrics and /health/*; 0 picks a free port, -1 disables the endpoint");
    public static final ConfigKey APPLICATION_ID = ConfigKey.optional("application.id", Names.Apps.PROCESSOR,
            "Kafka Streams application id: consumer group and prefix of internal topics");
    public static final ConfigKey PROCESSING_GUARANTEE = ConfigKey.optional("processing.guarantee", "exactly_once_v2",
            "exactly_once_v2 (default) or at_least_once");
    public static final ConfigKey STATE_DIR = ConfigKey.optional("state.dir", null,
            "Folder of the local state stores (Kafka Streams default: a temp folder)");
    public static final ConfigKey MAX_TEXT_CHARS = ConfigKey.optional("wirefold.validate.max-text-chars", "200000",
            "Longest headline+body accepted; longer articles go to the dead-letter topic");
    public static final ConfigKey DEDUP_RETENTION_HOURS = ConfigKey.optional("wirefold.dedup.retention-hours", "168",
            "How long an article's content hash is remembered for exact de-duplication");
    public static final ConfigKey STORY_RETENTION_HOURS = ConfigKey.optional("wirefold.story.retention-hours", "720",
            "A story with no new article for this long (stream time) is dropped from state and tombstoned");
    public static final ConfigKey STORY_MAX_MEMBERS = ConfigKey.optional("wirefold.story.max-members", "1000",
            "Members kept per story; later articles still count but are not listed");

    public static final List<ConfigKey> ALL = build();

    private static List<ConfigKey> build() {
        List<ConfigKey> keys = new ArrayList<>(CommonKeys.ALL);
        keys.remove(CommonKeys.METRICS_PORT);
        keys.addAll(List.of(METRICS_PORT, APPLICATION_ID, PROCESSING_GUARANTEE, STATE_DIR, MAX_TEXT_CHARS,
                DEDUP_RETENTION_HOURS, STORY_RETENTION_HOURS, STORY_MAX_MEMBERS, StreamsService.ON_ERROR));
        keys.addAll(ClusterConfig.KEYS);
        return List.copyOf(keys);
    }

    private ProcessorKeys() {
    }
}
