package org.wirefold.processor.topology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wirefold.common.model.Article;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.text.Boilerplate;
import org.wirefold.processor.text.TextNormalizer;

/** Removes boilerplate, hashes the normalised text and reads facts and people: the per-article, stateless work. */
final class ArticleCleaner {
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
        CleanArticle clean = new CleanArticle(article, text, contentHash(text), facts.extract(text),
                people.mentions(text), null);
        metrics.factsExtracted(clean.facts().size());
        return clean;
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
