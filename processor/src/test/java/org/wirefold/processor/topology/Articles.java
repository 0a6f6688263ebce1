package org.wirefold.processor.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.wirefold.common.model.Article;
import org.wirefold.common.serde.Json;

/** Small builder of input articles for topology tests. */
final class Articles {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private String id = "a-1";
    private String source = "Test Wire";
    private Instant published = T0;
    private String title = "Bridge closed after barge strikes pillar in Halden";
    private String body = "A cargo barge struck a pillar of the Halden river bridge on Monday. Police closed the bridge to traffic.";

    static Articles article(String id) {
        Articles a = new Articles();
        a.id = id;
        return a;
    }

    Articles source(String source) {
        this.source = source;
        return this;
    }

    Articles minutesLater(long minutes) {
        this.published = T0.plusSeconds(60 * minutes);
        return this;
    }

    Articles title(String title) {
        this.title = title;
        return this;
    }

    Articles body(String body) {
        this.body = body;
        return this;
    }

    Article build() {
        return new Article(id, source, "https://example.test/" + id, published, title, body, published);
    }

    byte[] bytes() {
        return Json.write(build()).getBytes(StandardCharsets.UTF_8);
    }
}
