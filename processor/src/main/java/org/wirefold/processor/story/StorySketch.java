package org.wirefold.processor.story;

/**
 * What clustering remembers of a story (value of {@code story-sketch-store}): its centroid over the members' TF-IDF
 * vectors (top terms only, sorted by term hash), member count and active time span. A story merged into another
 * keeps a small redirect entry ({@code mergedInto} set, no terms) until it expires.
 *
 * @param id         story id
 * @param firstTime  stream time of its first article (epoch ms)
 * @param lastTime   stream time of its latest article (epoch ms)
 * @param articles   member articles (duplicates included)
 * @param terms      centroid term hashes, ascending
 * @param weights    centroid weights (sum of member unit vectors), same order
 * @param mergedInto the story this one was merged into, or null
 */
public record StorySketch(String id, long firstTime, long lastTime, int articles, long[] terms, float[] weights,
                          String mergedInto) {

    static StorySketch redirect(String id, String into, long time) {
        return new StorySketch(id, time, time, 0, new long[0], new float[0], into);
    }

    TermVector centroid() {
        return new TermVector(terms, weights);
    }
}
