package org.wirefold.processor.topology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirefold.common.model.Article;
import org.wirefold.processor.facts.AgedNames;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.text.Boilerplate;
import org.wirefold.processor.text.TextNormalizer;

/** Removes boilerplate, hashes the normalised text and reads facts and people: the per-article, stateless work. */
final class ArticleCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleCleaner.class);
    private final Boilerplate boilerplate;
    private final FactExtractor facts;
    private final PeopleExtractor people;
    private final ProcessorMetrics metrics;

    ArticleCleaner(Boilerplate boilerplate, FactExtractor facts, PeopleExtractor people, ProcessorMetrics metrics) {
        this.boilerplate = boilerplate;
        this.facts = facts;
        this.people = people;
        this.metrics = metrics;
    }

    CleanArticle clean(Article article) {
        String text = boilerplate.strip(article.text());
        CleanArticle clean = new CleanArticle(article, text, contentHash(text), orEmpty(() -> facts.extract(text), article),
                orEmpty(() -> people.mentions(text), article), orEmpty(() -> AgedNames.read(text), article), null);
        metrics.factsExtracted(clean.facts().size());
        return clean;
    }

    /** Reading facts is best effort: an extractor failure on an odd text must not cost the article itself. */
    private static <T> List<T> orEmpty(Supplier<List<T>> read, Article article) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.warn("extraction failed on article {}; it goes on without: {}", article.id(), e.toString(), e);
            return List.of();
        }
    }

    static String contentHash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(TextNormalizer.normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
