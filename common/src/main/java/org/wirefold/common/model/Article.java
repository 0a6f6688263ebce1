package org.wirefold.common.model;

import java.time.Instant;

/**
 * One news article as ingest publishes it to {@code raw-articles}; the feed format plus the ingest time.
 *
 * @param id        stable article id (from the feed, or derived from the content by ingest)
 * @param source    outlet name or host, may be null
 * @param url       canonical address, may be null
 * @param published publication time (ingest time when the feed had none)
 * @param title     headline, may be empty when the body is not
 * @param body      article text, may be empty when the title is not
 * @param ingested  when ingest read it
 */
public record Article(String id, String source, String url, Instant published, String title, String body,
                      Instant ingested) {

    /** Headline and body as one text, the headline first. */
    public String text() {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? t : t + "\n\n" + b;
    }
}
