package org.wirefold.processor.story;

/**
 * What clustering remembers of a recent article (value of {@code article-index-store}), for exact and near
 * duplicates that arrive later.
 *
 * @param id          article id
 * @param story       story the article was put in (follow merges to find the current one)
 * @param time        stream time (epoch ms)
 * @param duplicateOf first copy when this article is itself a duplicate, else null
 * @param signature   MinHash signature of its word shingles, or null when too short to compare
 */
public record ArticleEntry(String id, String story, long time, String duplicateOf, int[] signature) {

    /** The first copy of this article's duplicate group. */
    String root() {
        return duplicateOf == null ? id : duplicateOf;
    }
}
