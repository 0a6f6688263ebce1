package org.wirefold.ingest.source;

import java.time.Instant;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.DeadLetter;

/** One record read from an input: an article ready to publish, or a rejection. Both know where they came from. */
public sealed interface ParsedRecord permits ParsedRecord.Accepted, ParsedRecord.Rejected {

    /** Where the record starts: {@code file:line}, e.g. {@code feed.jsonl:17}. */
    String origin();

    /**
     * A good article.
     *
     * @param article the article, id and published time filled in
     * @param origin  {@code file:line}
     */
    record Accepted(Article article, String origin) implements ParsedRecord {
    }

    /**
     * A bad input record.
     *
     * @param reason  why
     * @param detail  human-readable explanation
     * @param origin  {@code file:line}
     * @param key     the article id when it is known, else null
     * @param payload the offending input as text (invalid UTF-8 replaced); may be cut for very long input
     */
    record Rejected(RejectReason reason, String detail, String origin, String key, String payload)
            implements ParsedRecord {

        /** The dead letter ingest writes for this rejection, payload shortened to a preview. */
        public DeadLetter toDeadLetter(String stage, Instant at) {
            return new DeadLetter(stage, reason.code(), detail, origin, key, DeadLetter.preview(payload), at);
        }

        /** One diagnostic line: {@code feed.jsonl:17: malformed JSON: Unexpected character ...}. */
        public String message() {
            return origin + ": " + reason.label() + ": " + detail;
        }
    }
}
