package org.wirefold.processor.config;

import java.util.ArrayList;
import java.util.List;
import org.wirefold.common.Names;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.streams.StreamsKeys;
import org.wirefold.processor.story.ClusterConfig;

/** Configuration keys of the processor (Kafka Streams settings pass through unchanged). */
public final class ProcessorKeys {
    public static final ConfigKey MAX_TEXT_CHARS = ConfigKey.optional("wirefold.validate.max-text-chars", "200000",
            "Longest headline+body accepted; longer articles go to the dead-letter topic");
    public static final ConfigKey DEDUP_RETENTION_HOURS = ConfigKey.optional("wirefold.dedup.retention-hours", "168",
            "How long an article's content hash is remembered for exact de-duplication");
    public static final ConfigKey STORY_RETENTION_HOURS = ConfigKey.optional("wirefold.story.retention-hours", "720",
            "A story with no new article for this long (stream time) is dropped from state and tombstoned");
    public static final ConfigKey STORY_MAX_MEMBERS = ConfigKey.optional("wirefold.story.max-members", "200",
            "Members listed per story document; later articles still count but are not listed");
    public static final ConfigKey STORY_MAX_FACT_ARTICLES = ConfigKey.optional("wirefold.story.max-fact-articles",
            "300", "Fact-bearing articles whose facts a story keeps for consolidation: the earliest sixth and the latest");

    public static final List<ConfigKey> ALL = build();

    private static List<ConfigKey> build() {
        List<ConfigKey> keys = new ArrayList<>(StreamsKeys.of(Names.Apps.PROCESSOR, 9402));
        keys.addAll(List.of(MAX_TEXT_CHARS, DEDUP_RETENTION_HOURS, STORY_RETENTION_HOURS, STORY_MAX_MEMBERS,
                STORY_MAX_FACT_ARTICLES));
        keys.addAll(ClusterConfig.KEYS);
        return List.copyOf(keys);
    }

    private ProcessorKeys() {
    }
}
