package org.wirefold.ingest.source;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.wirefold.common.model.Article;
import org.wirefold.common.serde.Json;

/**
 * The checks every format shares once its fields are read: fills in a missing id (derived from the content) and a
 * missing publication time (the ingest time), rejects an article with neither headline nor body, an over-long id,
 * or one whose JSON is larger than the topic accepts.
 */
final class ArticleAssembler {
    /** Longest id accepted; the processor rejects longer ones too. */
    static final int MAX_ID_CHARS = 512;

    private final Clock clock;
    private final long maxRecordBytes;

    ArticleAssembler(Clock clock, long maxRecordBytes) {
        this.clock = clock;
        this.maxRecordBytes = maxRecordBytes;
    }

    long maxRecordBytes() {
        return maxRecordBytes;
    }

    ParsedRecord assemble(String id, String source, String url, Instant published, String title, String body,
                          String origin, Supplier<String> payload) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        String key = blankToNull(id);
        if (t.isEmpty() && b.isEmpty()) {
            return new ParsedRecord.Rejected(RejectReason.EMPTY_ARTICLE, "article has neither title nor body",
                    origin, key, payload.get());
        }
        if (key != null && key.length() > MAX_ID_CHARS) {
            return new ParsedRecord.Rejected(RejectReason.BAD_FIELD, "field 'id' is longer than " + MAX_ID_CHARS
                    + " characters", origin, null, payload.get());
        }
        Instant now = clock.instant();
        Article article = new Article(key != null ? key : ArticleIds.derive(t, b), blankToNull(source),
                blankToNull(url), published != null ? published : now, t, b, now);
        long size = Json.write(article).getBytes(StandardCharsets.UTF_8).length;
        if (size > maxRecordBytes) {
            return new ParsedRecord.Rejected(RejectReason.TOO_LARGE, "article is " + size
                    + " bytes of JSON, more than wirefold.ingest.max-record-bytes=" + maxRecordBytes,
                    origin, article.id(), payload.get());
        }
        return new ParsedRecord.Accepted(article, origin);
    }

    ParsedRecord.Rejected tooLong(long length, String origin, String payload) {
        return new ParsedRecord.Rejected(RejectReason.TOO_LARGE, "input is " + length
                + " bytes, more than wirefold.ingest.max-record-bytes=" + maxRecordBytes + " allows", origin, null, payload);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
