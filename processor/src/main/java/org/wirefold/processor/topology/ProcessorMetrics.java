package org.wirefold.processor.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
    private final Timer updateLatency;
    private final AtomicLong liveStories = new AtomicLong();

    public ProcessorMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.processed = Counter.builder("wirefold.articles.processed")
                .description("Valid articles read from raw-articles").register(registry);
        this.factsExtracted = Counter.builder("wirefold.facts.extracted")
                .description("Facts read from articles").register(registry);
        this.storiesCreated = Counter.builder("wirefold.stories.created")
                .description("Stories opened by a first article").register(registry);
        this.storiesMerged = Counter.builder("wirefold.stories.merged")
                .description("Stories absorbed into another story").register(registry);
        this.updateLatency = Timer.builder("wirefold.story.update.latency")
                .description("Time from an article's arrival (ingest) to its story's state update")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
        registry.gauge("wirefold.stories.live", liveStories);
    }

    void processed() {
        processed.increment();
    }

    void rejected(String reason) {
        Counter.builder("wirefold.articles.rejected").description("Articles rejected by validation, by reason")
                .tag("reason", reason).register(registry).increment();
        Counter.builder("wirefold.dead.letter").description("Records written to the dead-letter topic, by stage")
                .tag("stage", ArticleValidator.STAGE).register(registry).increment();
    }

    void duplicate(String kind) {
        Counter.builder("wirefold.duplicates").description("Duplicates found, exact or near")
                .tag("kind", kind).register(registry).increment();
    }

    void factsExtracted(int n) {
        factsExtracted.increment(n);
    }

    void storyCreated() {
        storiesCreated.increment();
        liveStories.incrementAndGet();
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
}
