package org.wirefold.processor.story;

/**
 * What clustering remembers of a story (value of {@code story-sketch-store}): the centroid of its members' TF-IDF
 * vectors (heaviest terms only), member count and time span. A story merged into another keeps a small redirect
 * entry ({@code mergedInto} set, no terms) until it expires.
 *
 * @param id         story id
 * @param firstTime  stream time of its first article (epoch ms)
 * @param lastTime   stream time of its latest article (epoch ms): what expiry looks at
 * @param eventStart earliest own publication time of a member ({@link #NONE} when no member had one)
 * @param eventEnd   latest own publication time of a member ({@link #NONE} when no member had one)
 * @param articles   member articles (duplicates included)
 * @param terms      centroid (sum of the members' unit TF-IDF vectors, IDF as when each joined): term hashes
 *                   ascending, heaviest terms only
 * @param weights    centroid weights, same order
 * @param mergedInto the story this one was merged into, or null
 */
public record StorySketch(String id, long firstTime, long lastTime, long eventStart, long eventEnd, int articles,
                          long[] terms, float[] weights, String mergedInto) {

    static final long NONE = Long.MIN_VALUE;

    static StorySketch redirect(String id, String into, long time) {
        return new StorySketch(id, time, time, NONE, NONE, 0, new long[0], new float[0], into);
    }

    /** A new story of one article; {@code published} is {@link #NONE} when the article has no own time. */
    static StorySketch first(String id, long time, long published, TermVector unit) {
        return new StorySketch(id, time, time, published, published, 1, unit.terms(), unit.weights(), null);
    }

    TermVector centroid() {
        return new TermVector(terms, weights);
    }

    /** This story with one more article at {@code time}; {@code centroid} null keeps the centroid as it is. */
    StorySketch plus(long time, long published, TermVector centroid) {
        TermVector c = centroid == null ? centroid() : centroid;
        return new StorySketch(id, Math.min(firstTime, time), Math.max(lastTime, time), min(eventStart, published),
                Math.max(eventEnd, published), articles + 1, c.terms(), c.weights(), null);
    }

    /** This story with {@code other} merged in. */
    StorySketch absorb(StorySketch other, int centroidTerms) {
        TermVector c = centroid().plus(other.centroid(), 1.0, centroidTerms);
        return new StorySketch(id, Math.min(firstTime, other.firstTime), Math.max(lastTime, other.lastTime),
                min(eventStart, other.eventStart), Math.max(eventEnd, other.eventEnd), articles + other.articles,
                c.terms(), c.weights(), null);
    }

    private static long min(long a, long b) {
        return a == NONE ? b : b == NONE ? a : Math.min(a, b);
    }
}
