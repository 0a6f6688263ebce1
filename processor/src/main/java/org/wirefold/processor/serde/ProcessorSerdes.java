package org.wirefold.processor.serde;

import org.wirefold.common.serde.JsonSerde;
import org.wirefold.processor.model.AggregateInput;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryAggregate;
import org.wirefold.processor.model.StoryEvent;

/** Serdes of the processor's internal records (repartition topics, changelogs, the merge loop). */
public final class ProcessorSerdes {
    public static final JsonSerde<CleanArticle> CLEAN_ARTICLE = JsonSerde.of(CleanArticle.class);
    public static final JsonSerde<StoryEvent> STORY_EVENT = JsonSerde.of(StoryEvent.class);
    public static final JsonSerde<StoryAggregate> STORY_AGGREGATE = JsonSerde.of(StoryAggregate.class);
    public static final JsonSerde<AggregateInput> AGGREGATE_INPUT = JsonSerde.of(AggregateInput.class);

    private ProcessorSerdes() {
    }
}
