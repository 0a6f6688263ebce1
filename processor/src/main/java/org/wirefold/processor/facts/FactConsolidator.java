package org.wirefold.processor.facts;

import java.time.Instant;
import java.util.List;
import org.wirefold.common.model.StoryFact;

/**
 * Consolidates the facts of a story's member articles into one value per fact key, keeping each fact's history.
 * Deterministic: the same articles give the same values in any order, except where recency breaks a tie.
 */
public final class FactConsolidator {

    /**
     * @param previous the story's consolidated facts before this change (their history is carried on)
     * @param articles facts of every non-duplicate member, in arrival order
     * @param cause    id of the article (or merged story) that caused this change
     * @param at       time of the change
     * @return the new consolidated facts, sorted by key, with a history entry appended to each fact that changed
     */
    public List<StoryFact> consolidate(List<StoryFact> previous, List<ArticleFacts> articles, String cause, Instant at) {
        return previous; // first version pending: see issue 4
    }
}
