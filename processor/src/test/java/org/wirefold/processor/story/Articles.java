package org.wirefold.processor.story;

import java.time.Instant;
import java.util.List;
import org.wirefold.common.model.Article;
import org.wirefold.processor.facts.AgedNames;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.text.Boilerplate;

/** Small builder of clustering input records for tests; text is boilerplate-stripped as upstream does. */
final class Articles {
    static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");

    private String id;
    private String title = "";
    private String body = "";
    private Instant published = T0;
    private Instant ingested = T0.plusSeconds(60);
    private String exactDuplicateOf;
    private List<String> people = List.of();
    private String source = "test";

    private Articles(String id) {
        this.id = id;
    }

    static Articles article(String id) {
        return new Articles(id);
    }

    Articles title(String t) {
        this.title = t;
        return this;
    }

    Articles body(String b) {
        this.body = b;
        return this;
    }

    Articles at(Instant t) {
        this.published = t;
        this.ingested = t.plusSeconds(60);
        return this;
    }

    /** No publication time of its own: ingest put its own time in both fields. */
    Articles untimed(Instant ingestTime) {
        this.published = ingestTime;
        this.ingested = ingestTime;
        return this;
    }

    Articles exactDuplicateOf(String first) {
        this.exactDuplicateOf = first;
        return this;
    }

    /** Person names as the person extractor would read them from the text. */
    Articles people(String... names) {
        this.people = List.of(names);
        return this;
    }

    Articles id(String newId) {
        this.id = newId;
        return this;
    }

    Articles source(String outlet) {
        this.source = outlet;
        return this;
    }

    CleanArticle build() {
        Article a = new Article(id, source, null, published, title, body, ingested);
        String text = new Boilerplate().strip(a.text());
        // names with an age are read as the cleaning step reads them
        return new CleanArticle(a, text, "hash-" + id, List.of(), people, AgedNames.read(text), exactDuplicateOf);
    }
}
