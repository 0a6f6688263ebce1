package org.wirefold.processor.model;

import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Story;

/**
 * What story aggregation emits; the topology routes each kind to its topic.
 * STORY → {@code story-updates}; TOMBSTONE (story expired) → {@code story-updates} as null;
 * RESULT → {@code article-results}; LOOP → {@code story-merges}.
 */
public record AggregateOutput(Kind kind, Story story, ArticleResult result, AggregateInput loop) {

    public enum Kind { STORY, TOMBSTONE, RESULT, LOOP }

    public static AggregateOutput story(Story story) {
        return new AggregateOutput(Kind.STORY, story, null, null);
    }

    public static AggregateOutput tombstone() {
        return new AggregateOutput(Kind.TOMBSTONE, null, null, null);
    }

    public static AggregateOutput result(ArticleResult result) {
        return new AggregateOutput(Kind.RESULT, null, result, null);
    }

    public static AggregateOutput loop(AggregateInput input) {
        return new AggregateOutput(Kind.LOOP, null, null, input);
    }
}
