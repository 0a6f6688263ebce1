package org.wirefold.processor.model;

/**
 * Input of story aggregation, keyed by story id: a clustering decision, or the whole aggregate of a story that was
 * merged into this one (arriving through the {@code story-merges} loop).
 */
public record AggregateInput(StoryEvent event, StoryAggregate absorbed) {

    public static AggregateInput of(StoryEvent event) {
        return new AggregateInput(event, null);
    }

    public static AggregateInput absorb(StoryAggregate absorbed) {
        return new AggregateInput(null, absorbed);
    }
}
