package org.wirefold.processor.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.text.DateReferences;
import org.wirefold.processor.text.LegalSteps;
import org.wirefold.processor.text.TermExtractor;
import org.wirefold.processor.text.TermHash;

/**
 * Reads an article into what {@link StoryClusterer} compares with its stories: the unit TF-IDF vector (sub-linear TF,
 * the IDF learned so far; the article's terms and person names are then counted into the stream's statistics), the
 * person names rare for some story, the past dates it names, and whether its headline tells a legal step.
 */
final class ArticleReader {
    private static final int ARTICLE_TERMS = 60;
    /** Characters of an article searched for named dates (the lead tells the event's date). */
    private static final int DATE_CHARS = 4000;

    private final ClusterConfig config;
    private final TermStats termStats;
    private final StorySimilarity similarity;
    private final TermExtractor extractor = new TermExtractor(2.0, 1.5, 400, 150, 0.5);

    /** What an article brings to the comparison; {@code legalStep}: its headline tells a legal step. */
    record Read(TermVector vector, long[] rareNames, List<DateReferences.Range> dates, boolean legalStep) {
    }

    ArticleReader(ClusterConfig config, TermStats termStats, StorySimilarity similarity) {
        this.config = config;
        this.termStats = termStats;
        this.similarity = similarity;
    }

    /** Reads {@code article} ({@code published}: its own publication time, or {@link StorySketch#NONE}). */
    Read read(CleanArticle article, long published) {
        String text = article.text() == null ? "" : article.text();
        int nl = text.indexOf('\n');
        String title = nl < 0 ? text : text.substring(0, nl);
        String body = nl < 0 ? "" : text.substring(nl + 1);
        Map<String, Double> tf = extractor.terms(title, body, config.unechoedBody());
        TermVector vector = vectorize(tf);
        long[] names = PersonNames.hashes(config.agedNames() ? concat(article.people(), article.agedNames())
                : article.people());
        termStats.add(TermStats.hashes(tf), names);
        // names rare for some story: at most the stream allowance plus a story's own articles (checked per story)
        return new Read(vector, similarity.rareForAnyStory(names), namedDates(text, published),
                LegalSteps.named(title));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a == null ? List.of() : a);
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }

    /** The article's unit TF-IDF vector (sub-linear TF, current IDF), heaviest terms only. */
    private TermVector vectorize(Map<String, Double> tf) {
        Map<Long, Double> w = new HashMap<>();
        tf.forEach((term, count) -> {
            long h = TermHash.of(term);
            w.merge(h, (count >= 1 ? 1 + Math.log(count) : count) * termStats.idf(h), Double::sum);
        });
        long[] t = new long[w.size()];
        float[] v = new float[w.size()];
        int i = 0;
        for (Map.Entry<Long, Double> e : w.entrySet()) {
            t[i] = e.getKey();
            v[i++] = e.getValue().floatValue();
        }
        return TermVector.top(t, v, ARTICLE_TERMS).unit();
    }

    /**
     * The past dates the article names, when it has its own publication time and names at most {@code named-dates}
     * distinct ones (a timeline or an explainer names many: none of them places the article).
     */
    private List<DateReferences.Range> namedDates(String text, long published) {
        if (published == StorySketch.NONE || config.namedDates() <= 0) {
            return List.of();
        }
        List<DateReferences.Range> dates = DateReferences.find(text, Instant.ofEpochMilli(published), DATE_CHARS)
                .stream().distinct().toList();
        return dates.size() <= config.namedDates() ? dates : List.of();
    }
}
