package org.wirefold.processor.config;

import java.time.Duration;
import org.wirefold.common.config.CommonKeys;
import org.wirefold.common.config.WirefoldConfig;

/**
 * The processor's own settings, read and validated once from the layered configuration.
 *
 * @param partitions      partitions of the story-keyed repartition topic (parallelism of aggregation)
 * @param maxTextChars    longest accepted article text
 * @param dedupRetention  how long exact-duplicate hashes are kept
 * @param storyRetention  inactivity after which a story leaves state
 * @param maxMembers      members listed per story
 * @param maxFactArticles fact-bearing articles whose facts a story keeps
 */
public record ProcessorSettings(int partitions, int maxTextChars, Duration dedupRetention, Duration storyRetention,
                                int maxMembers, int maxFactArticles) {

    public static ProcessorSettings defaults() {
        return new ProcessorSettings(3, 200_000, Duration.ofDays(7), Duration.ofDays(30), 200, 300);
    }

    public static ProcessorSettings from(WirefoldConfig config) {
        return new ProcessorSettings(
                positive(config, CommonKeys.TOPIC_PARTITIONS.name()),
                positive(config, ProcessorKeys.MAX_TEXT_CHARS.name()),
                Duration.ofHours(positive(config, ProcessorKeys.DEDUP_RETENTION_HOURS.name())),
                Duration.ofHours(positive(config, ProcessorKeys.STORY_RETENTION_HOURS.name())),
                positive(config, ProcessorKeys.STORY_MAX_MEMBERS.name()),
                positive(config, ProcessorKeys.STORY_MAX_FACT_ARTICLES.name()));
    }

    private static int positive(WirefoldConfig config, String key) {
        int value = config.getInt(key);
        if (value <= 0) {
            throw new org.wirefold.common.config.ConfigException("Invalid value for '" + key + "': must be positive, got " + value);
        }
        return value;
    }
}
