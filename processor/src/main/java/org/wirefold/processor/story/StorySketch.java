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
 * @param names      hashes of the person names its members mention (ascending, at most {@link #MAX_NAMES}); empty
 *                   in sketches written before names were kept
 */
public record StorySketch(String id, long firstTime, long lastTime, long eventStart, long eventEnd, int articles,
                          long[] terms, float[] weights, String mergedInto, long[] names) {

    static final long NONE = Long.MIN_VALUE;
    static final int MAX_NAMES = 32;

    public StorySketch {
        names = names == null ? new long[0] : names;
    }

    static StorySketch redirect(String id, String into, long time) {
        return new StorySketch(id, time, time, NONE, NONE, 0, new long[0], new float[0], into, new long[0]);
    }

    /** A new story of one article; {@code published} is {@link #NONE} when the article has no own time. */
    static StorySketch first(String id, long time, long published, TermVector unit, long[] names) {
        return new StorySketch(id, time, time, published, published, 1, unit.terms(), unit.weights(), null,
                union(new long[0], names));
    }

    TermVector centroid() {
        return new TermVector(terms, weights);
    }

    /**
     * This story with one more article at {@code time}; {@code centroid} null keeps the centroid as it is,
     * {@code moreNames} are the article's person-name hashes.
     */
    StorySketch plus(long time, long published, TermVector centroid, long[] moreNames) {
        TermVector c = centroid == null ? centroid() : centroid;
        return new StorySketch(id, Math.min(firstTime, time), Math.max(lastTime, time), min(eventStart, published),
                Math.max(eventEnd, published), articles + 1, c.terms(), c.weights(), null, union(names, moreNames));
    }

    /** Whether the two sorted hash arrays share an element that {@code rare} accepts. */
    boolean sharesName(long[] sortedNames, java.util.function.LongPredicate rare) {
        for (long n : sortedNames) {
            if (java.util.Arrays.binarySearch(names, n) >= 0 && rare.test(n)) {
                return true;
            }
        }
        return false;
    }

    /** Sorted union without repeats, the smallest {@link #MAX_NAMES} kept (deterministic for any order). */
    static long[] union(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).distinct()
                .sorted().limit(MAX_NAMES).toArray();
    }

    /** This story with {@code other} merged in. */
    StorySketch absorb(StorySketch other, int centroidTerms) {
        TermVector c = centroid().plus(other.centroid(), 1.0, centroidTerms);
        return new StorySketch(id, Math.min(firstTime, other.firstTime), Math.max(lastTime, other.lastTime),
                min(eventStart, other.eventStart), Math.max(eventEnd, other.eventEnd), articles + other.articles,
                c.terms(), c.weights(), null, union(names, other.names));
    }

    private static long min(long a, long b) {
        return a == NONE ? b : b == NONE ? a : Math.min(a, b);
    }
}
