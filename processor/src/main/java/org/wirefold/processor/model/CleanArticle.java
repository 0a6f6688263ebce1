package org.wirefold.processor.model;

import java.util.List;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.Fact;

/**
 * A validated article after cleaning: boilerplate removed, content hash taken, facts and people read.
 *
 * @param article          the article as ingested
 * @param text             headline and body with boilerplate (footers, share bars, datelines of the page) removed
 * @param contentHash      hash of the normalised text; equal for exact duplicates
 * @param facts            facts read from {@code text}
 * @param people           person names mentioned, one entry per mention, as spelled
 * @param agedNames        person names introduced with an age ("Name, 24,"), read for the clustering's name link
 *                         ({@code AgedNames}); null in records written before they were read
 * @param exactDuplicateOf id of the first article with the same content hash, or null
 */
public record CleanArticle(Article article, String text, String contentHash, List<Fact> facts, List<String> people,
                           List<String> agedNames, String exactDuplicateOf) {

    public String id() {
        return article.id();
    }

    /** Ingest time in epoch microseconds (the order of arrival at ingest), or {@code unknown} when there is none. */
    public long ingestedMicros(long unknown) {
        java.time.Instant at = article.ingested();
        return at == null ? unknown : at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }

    public CleanArticle asExactDuplicateOf(String firstId) {
        return new CleanArticle(article, text, contentHash, facts, people, agedNames, firstId);
    }
}
