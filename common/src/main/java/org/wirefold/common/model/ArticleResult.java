package org.wirefold.common.model;

import java.util.List;

/**
 * The outcome for one input article, on {@code article-results} and in {@code wirefold replay} output.
 *
 * @param id          article id
 * @param story       story id the article belongs to; for a duplicate, the story of its first copy; null when rejected
 * @param duplicateOf id of the first copy when this is an exact or near duplicate, else null
 * @param status      {@code accepted}, {@code duplicate} or {@code rejected}
 * @param reason      why it was rejected or how it duplicates ({@code exact}, {@code near}); {@code split} when the
 *                    article is answered again because its story split and it moved to the new one; else null
 * @param facts       facts read from it (empty for duplicates and rejects)
 */
public record ArticleResult(String id, String story, String duplicateOf, String status, String reason,
                            List<Fact> facts) {
    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REJECTED = "rejected";
    /** Reason of a second answer: the article's story split and the article moved to {@link #story()}. */
    public static final String SPLIT = "split";
}
