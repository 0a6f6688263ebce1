package org.wirefold.processor.story;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.wirefold.processor.text.DateReferences;
import org.wirefold.processor.text.TermExtractor;
import org.wirefold.processor.text.TermHash;

/**
 * How much an article belongs to a story: the TF-IDF cosine to the story's centroid with the evidence around it
 * (ages of the persons involved, rare person names shared, the time gap). The scoring side of
 * {@link StoryClusterer}, which owns the state; this reads the document frequencies but changes nothing.
 */
final class StorySimilarity {
    private static final long DAY = 86_400_000L;
    /** Largest story size counted into a name's rarity allowance (see {@code name-own-articles}). */
    private static final int OWN_CAP = 64;
    /** Hashes of the age terms {@code age_0 … age_110}, ascending. */
    private static final long[] AGE_HASHES = IntStream.rangeClosed(0, 110)
            .mapToLong(a -> TermHash.of(TermExtractor.AGE_PREFIX + a)).sorted().toArray();

    private final ClusterConfig config;
    private final TermStats termStats;

    StorySimilarity(ClusterConfig config, TermStats termStats) {
        this.config = config;
        this.termStats = termStats;
    }

    /** The names that are rare for some story: at most the stream allowance plus the largest own-coverage one. */
    long[] rareForAnyStory(long[] names) {
        return rareFor(names, OWN_CAP);
    }

    /** The names among {@code names} that are rare for a story of {@code own} articles (the ones it keeps). */
    long[] rareFor(long[] names, int own) {
        return Arrays.stream(names).filter(h -> rareName(h, own)).toArray();
    }

    /**
     * Cosine similarity of the article's unit TF-IDF vector to the story centroid, times {@code age-conflict} when
     * both give ages of persons ({@code age_N} terms) and share none (two incidents with different victims), damped
     * by the time gap to the story's publication span when both have own times: a gap of up to a day is free, beyond
     * that the similarity is multiplied by {@code (1 + days / timeScale)^-1/2} (a follow-up weeks later still joins
     * on strong evidence). When the article and the story name the same rare person ({@code rareNames}), the
     * similarity gains {@code name-bonus} and the time factor is at least {@code name-time-floor}: a trial months
     * later names the victim and the accused of the original report. When one of the article's named dates
     * ({@code dates}, see {@link DateReferences}) covers the story's first day, the time gap is not damped and ages
     * do not conflict: the follow-up places itself at the event ("charged in the April 28 shooting"), and the ages
     * it gives are often the accused's. Published more than {@code time-scale} after the story's latest article, it
     * also gains {@code date-bonus}. An article whose headline tells a legal step ({@code legalStep}: charged,
     * sentenced, ...) reports on an earlier event: its time factor is at least {@code follow-up-time-floor}.
     */
    double score(TermVector article, long[] rareNames, List<DateReferences.Range> dates, boolean legalStep,
                 StorySketch story, long published) {
        double cos = article.cosine(story.centroid());
        boolean named = cos > 0 && story.sharesName(rareNames, h -> rareName(h, story.articles()));
        if (named) {
            cos += config.nameBonus();
        }
        boolean dated = !dates.isEmpty() && story.eventStart() != StorySketch.NONE
                && dates.stream().anyMatch(r -> r.covers(story.eventStart()));
        if (cos > 0 && !dated && agesConflict(article, story.centroid())) {
            cos *= config.ageConflict();
        }
        if (dated && cos > 0 && published - story.eventEnd() > config.timeScale().toMillis()) {
            cos += config.dateBonus(); // a follow-up weeks later that names the day is evidence, as a rare name is
        }
        if (published == StorySketch.NONE || story.eventEnd() == StorySketch.NONE || dated) {
            return cos;
        }
        long gap = published < story.eventStart() ? story.eventStart() - published : Math.max(0, published - story.eventEnd());
        double days = Math.max(0, gap - DAY) / (double) DAY;
        double scale = config.timeScale().toMillis() / (double) DAY;
        double damping = 1 / Math.sqrt(1 + days / scale);
        if (named) {
            damping = Math.max(config.nameTimeFloor(), damping);
        }
        return cos * (legalStep ? Math.max(config.followUpTimeFloor(), damping) : damping);
    }

    /**
     * Whether a person name is rare for a story of {@code own} articles: in at most
     * {@code 1 + rare-name-share × documents} articles (the current one included), plus {@code name-own-articles ×
     * own} as long as at most {@code name-own-max-share} of the documents mention it. A name in many stories (a head
     * of state, a police spokesman) links nothing; a name that the story's own coverage made frequent (the accused of
     * a much-reported shooting) still links the trial months later to that story.
     */
    private boolean rareName(long nameHash, int own) {
        long df = termStats.df(nameHash);
        long allowance = 1 + (long) Math.floor(termStats.docs() * config.rareNameShare());
        if (df <= allowance) {
            return true;
        }
        return df <= Math.max(1, termStats.docs() * config.nameOwnMaxShare())
                && df <= allowance + (long) Math.floor(config.nameOwnArticles() * Math.min(own, OWN_CAP));
    }

    /** Whether both vectors carry age terms and none is shared (e.g. two incidents with different victims). */
    static boolean agesConflict(TermVector a, TermVector b) {
        boolean inA = false;
        for (long t : a.terms()) {
            inA |= Arrays.binarySearch(AGE_HASHES, t) >= 0;
        }
        if (!inA) {
            return false;
        }
        boolean inB = false;
        for (long t : b.terms()) {
            if (Arrays.binarySearch(AGE_HASHES, t) >= 0) {
                if (Arrays.binarySearch(a.terms(), t) >= 0) {
                    return false;
                }
                inB = true;
            }
        }
        return inB;
    }
}
