package org.wirefold.processor.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.wirefold.common.Names;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.processor.model.AggregateInput;
import org.wirefold.processor.model.AggregateOutput;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryAggregate;
import org.wirefold.processor.model.StoryEvent;

/**
 * Keeps one {@link StoryAggregate} per story in {@code story-aggregate-store} and emits the consolidated story after
 * every change, one {@link ArticleResult} per article, and merged-away aggregates into the {@code story-merges} loop.
 * Stories idle longer than the retention leave the store and are tombstoned downstream.
 */
final class StoryAggregator implements Processor<String, AggregateInput, String, AggregateOutput> {
    private static final Duration EXPIRY_SCAN = Duration.ofMinutes(10);

    private final StoryAggregates aggregates;
    private final Duration retention;
    private final ProcessorMetrics metrics;
    private ProcessorContext<String, AggregateOutput> context;
    private KeyValueStore<String, StoryAggregate> store;

    StoryAggregator(StoryAggregates aggregates, Duration retention, ProcessorMetrics metrics) {
        this.aggregates = aggregates;
        this.retention = retention;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, AggregateOutput> context) {
        this.context = context;
        this.store = context.getStateStore(Names.Stores.STORY_AGGREGATES);
        metrics.liveStoriesRestored(store.approximateNumEntries());
        context.schedule(EXPIRY_SCAN, PunctuationType.STREAM_TIME, this::expire);
    }

    @Override
    public void process(Record<String, AggregateInput> record) {
        AggregateInput input = record.value();
        Instant now = Instant.ofEpochMilli(record.timestamp());
        if (input.absorbed() != null) {
            absorb(record, input.absorbed(), now);
        } else if (input.event().kind() == StoryEvent.Kind.MERGE) {
            markMerged(record, input.event(), now);
        } else if (input.event().kind() == StoryEvent.Kind.SPLIT) {
            split(record, input.event(), now);
        } else {
            addArticle(record, input.event(), now);
        }
    }

    private void addArticle(Record<String, AggregateInput> record, StoryEvent event, Instant now) {
        StoryAggregate agg = store.get(event.story());
        if (agg != null && agg.mergedInto() != null) {
            // The story was merged away while this article was in flight: follow it to the surviving story.
            StoryEvent redirected = new StoryEvent(event.kind(), agg.mergedInto(), event.article(),
                    event.duplicateOf(), event.duplicateKind(), null, null);
            context.forward(record.withKey(agg.mergedInto()).withValue(AggregateOutput.loop(AggregateInput.of(redirected))));
            return;
        }
        CleanArticle article = event.article();
        if (agg == null) {
            agg = StoryAggregates.empty(event.story());
            metrics.storyCreated();
        }
        if (event.duplicateOf() != null) {
            metrics.duplicate(event.duplicateKind());
        }
        boolean resent = StoryAggregates.hasMember(agg, article.id());
        if (resent && event.duplicateOf() != null) {
            // The same article delivered again: reported, but already counted.
            context.forward(record.withKey(article.id()).withValue(AggregateOutput.result(new ArticleResult(article.id(),
                    agg.id(), event.duplicateOf(), ArticleResult.DUPLICATE, event.duplicateKind(), article.facts()))));
            return;
        }
        // A new article, or a new version of a member (same id, changed text) whose facts replace the old ones.
        StoryAggregate next = resent ? aggregates.replace(agg, article, now)
                : aggregates.add(agg, article, event.duplicateOf(), now);
        store.put(next.id(), next);
        emitStory(record, next);
        String status = event.duplicateOf() == null ? ArticleResult.ACCEPTED : ArticleResult.DUPLICATE;
        ArticleResult result = new ArticleResult(article.id(), next.id(), event.duplicateOf(), status,
                event.duplicateKind(), article.facts());
        context.forward(record.withKey(article.id()).withValue(AggregateOutput.result(result)));
        metrics.updateLatency(Duration.between(article.article().ingested(), Instant.now()));
    }

    private void markMerged(Record<String, AggregateInput> record, StoryEvent event, Instant now) {
        StoryAggregate agg = store.get(event.story());
        if (agg == null || agg.mergedInto() != null) {
            return;
        }
        StoryAggregate merged = StoryAggregates.markMerged(agg, event.mergeInto(), now);
        store.put(merged.id(), merged);
        emitStory(record, merged);
        context.forward(record.withKey(event.mergeInto()).withValue(AggregateOutput.loop(AggregateInput.absorb(agg))));
        metrics.storyMerged();
    }

    /** Moves the split-off articles to the new story (through the loop: it may live on another partition). */
    private void split(Record<String, AggregateInput> record, StoryEvent event, Instant now) {
        StoryAggregate agg = store.get(event.story());
        if (agg == null || agg.mergedInto() != null) {
            return;
        }
        StoryAggregates.Parts parts = aggregates.split(agg, event.moved(), event.mergeInto(), now);
        store.put(agg.id(), parts.keep());
        emitStory(record, parts.keep());
        context.forward(record.withKey(event.mergeInto())
                .withValue(AggregateOutput.loop(AggregateInput.absorb(parts.leave()))));
        for (ArticleResult r : parts.results()) {
            context.forward(record.withKey(r.id()).withValue(AggregateOutput.result(r)));
        }
        metrics.storySplit();
    }

    private void absorb(Record<String, AggregateInput> record, StoryAggregate other, Instant now) {
        if (other.id().equals(record.key())) {
            // the part split off another story, arriving at its own new id
            StoryAggregate agg = store.get(record.key());
            StoryAggregate next = agg == null ? other : aggregates.absorbSplit(agg, other, now);
            store.put(next.id(), next);
            emitStory(record, next);
            return;
        }
        StoryAggregate agg = store.get(record.key());
        if (agg != null && agg.mergedInto() != null) {
            // This story was itself merged away while the absorbed one travelled the loop (A into B, then B into C):
            // pass it on to where this story went, or its members would be lost to the survivor.
            context.forward(record.withKey(agg.mergedInto())
                    .withValue(AggregateOutput.loop(AggregateInput.absorb(other))));
            return;
        }
        if (agg == null) {
            agg = StoryAggregates.empty(record.key());
        } else if (agg.mergedFrom().contains(other.id())) {
            return;
        }
        StoryAggregate next = aggregates.absorb(agg, other, now);
        store.put(next.id(), next);
        emitStory(record, next);
    }

    private void emitStory(Record<String, AggregateInput> record, StoryAggregate agg) {
        context.forward(record.withKey(agg.id()).withValue(AggregateOutput.story(agg.toStory())));
    }

    private void expire(long streamTime) {
        Instant cutoff = Instant.ofEpochMilli(streamTime).minus(retention);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, StoryAggregate> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, StoryAggregate> kv = it.next();
                if (kv.value.updated() != null && kv.value.updated().isBefore(cutoff)) {
                    expired.add(kv.key);
                }
            }
        }
        for (String id : expired) {
            StoryAggregate gone = store.delete(id);
            if (gone.mergedInto() == null) {
                metrics.storyExpired();
            }
            context.forward(new Record<>(id, AggregateOutput.tombstone(), streamTime));
        }
    }
}
