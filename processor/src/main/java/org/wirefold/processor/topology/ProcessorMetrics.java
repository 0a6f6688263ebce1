package org.wirefold.processor.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.wirefold.common.metrics.MetricNames;

/**
 * The processor's domain metrics. Counted as records are processed; under exactly-once a retried (aborted)
 * transaction can count a record twice, so these are operational figures, not the ledger (the topics are).
 */
public final class ProcessorMetrics {
    private final MeterRegistry registry;
    private final Counter processed;
    private final Counter factsExtracted;
    private final Counter storiesCreated;
    private final Counter storiesMerged;
    private final Counter storiesSplit;
    private final Timer updateLatency;
    private final AtomicLong liveStories = new AtomicLong();
    private final AtomicLong clusteringBuffered = new AtomicLong();

    public ProcessorMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processed = Counter.builder(MetricNames.ARTICLES_PROCESSED)
                .description("Valid articles read from raw-articles").register(registry);
        this.factsExtracted = Counter.builder(MetricNames.FACTS_EXTRACTED)
                .description("Facts read from articles").register(registry);
        this.storiesCreated = Counter.builder(MetricNames.STORIES_CREATED)
                .description("Stories opened by a first article").register(registry);
        this.storiesMerged = Counter.builder(MetricNames.STORIES_MERGED)
                .description("Stories absorbed into another story").register(registry);
        this.storiesSplit = Counter.builder(MetricNames.STORIES_SPLIT)
                .description("Stories split in two: two events covered by the same outlets").register(registry);
        this.updateLatency = Timer.builder(MetricNames.STORY_UPDATE_LATENCY)
                .description("Time from an article's arrival (ingest) to its story's state update")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        registry.gauge(MetricNames.STORIES_LIVE, liveStories);
        registry.gauge(MetricNames.CLUSTERING_BUFFERED, clusteringBuffered);
        for (String reason : ArticleValidator.REASONS) {
            rejectedCounter(reason);
        }
        deadLetterCounter();
        duplicateCounter(MetricNames.KIND_EXACT);
        duplicateCounter(MetricNames.KIND_NEAR);
    }

    private Counter rejectedCounter(String reason) {
        return Counter.builder(MetricNames.ARTICLES_REJECTED).description("Articles rejected by validation, by reason")
                .tag(MetricNames.TAG_REASON, reason).register(registry);
    }

    private Counter deadLetterCounter() {
        return Counter.builder(MetricNames.DEAD_LETTER).description("Records written to the dead-letter topic, by stage")
                .tag(MetricNames.TAG_STAGE, ArticleValidator.STAGE).register(registry);
    }

    private Counter duplicateCounter(String kind) {
        return Counter.builder(MetricNames.DUPLICATES).description("Duplicates found, exact or near")
                .tag(MetricNames.TAG_KIND, kind).register(registry);
    }

    void processed() {
        processed.increment();
    }

    void rejected(String reason) {
        rejectedCounter(reason).increment();
        deadLetterCounter().increment();
    }

    void duplicate(String kind) {
        duplicateCounter(kind).increment();
    }

    void factsExtracted(int n) {
        factsExtracted.increment(n);
    }

    void storyCreated() {
        storiesCreated.increment();
        liveStories.incrementAndGet();
    }

    void storySplit() {
        storiesSplit.increment();
    }

    void storyMerged() {
        storiesMerged.increment();
        liveStories.decrementAndGet();
    }

    void storyExpired() {
        liveStories.decrementAndGet();
    }

    void liveStoriesRestored(long n) {
        liveStories.addAndGet(n);
    }

    void updateLatency(Duration d) {
        updateLatency.record(d.isNegative() ? Duration.ZERO : d);
    }

    /** Articles now waiting in the clustering reorder buffer. */
    public void clusteringBuffered(long n) {
        clusteringBuffered.set(n);
    }
}
