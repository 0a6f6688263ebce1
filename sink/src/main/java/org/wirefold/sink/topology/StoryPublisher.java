package org.wirefold.sink.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.wirefold.common.Names;
import org.wirefold.common.metrics.MetricNames;
import org.wirefold.common.model.FactUpdate;
import org.wirefold.common.model.Story;

/**
 * Publishes each new version of a story once: the document for {@code story-state}, then one fact update per
 * history entry added since the last published version. Older or repeated versions are ignored; a tombstone
 * deletes the story.
 */
final class StoryPublisher implements Processor<String, Story, String, SinkOutput> {
    private final MeterRegistry registry;
    private final Counter documents;
    private ProcessorContext<String, SinkOutput> context;
    private KeyValueStore<String, Story> published;

    StoryPublisher(MeterRegistry registry) {
        this.registry = registry;
        this.documents = Counter.builder(MetricNames.STORY_DOCUMENTS)
                .description("Story documents published to story-state").register(registry);
    }

    @Override
    public void init(ProcessorContext<String, SinkOutput> context) {
        this.context = context;
        this.published = context.getStateStore(Names.Stores.PUBLISHED_STORIES);
    }

    @Override
    public void process(Record<String, Story> record) {
        Story story = record.value();
        if (story == null) {
            published.delete(record.key());
            context.forward(record.withValue(SinkOutput.document(null)));
            return;
        }
        Story previous = published.get(record.key());
        if (previous != null && previous.version() >= story.version()) {
            return;
        }
        published.put(record.key(), story);
        context.forward(record.withValue(SinkOutput.document(story)));
        documents.increment();
        for (FactUpdate update : FactChanges.between(previous, story)) {
            Counter.builder(MetricNames.FACT_UPDATES).description("Fact updates published, by reason")
                    .tag(MetricNames.TAG_REASON, update.reason()).register(registry).increment();
            context.forward(record.withValue(SinkOutput.update(update)));
        }
    }
}
