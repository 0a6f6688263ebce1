package org.wirefold.common.model;

import java.time.Instant;

/**
 * A rejected input record and why it was rejected. Written to {@code dead-letter} by ingest and processor.
 *
 * @param stage   which step rejected it, e.g. {@code ingest}, {@code validate}
 * @param reason  short machine-readable reason, e.g. {@code malformed-json}, {@code empty-article}
 * @param detail  human-readable explanation
 * @param origin  where it came from: {@code file:line}, or {@code topic-partition@offset}
 * @param key     the record key when there was one
 * @param payload the offending input, as text (invalid UTF-8 replaced), truncated to a few KB
 * @param at      when it was rejected
 */
public record DeadLetter(String stage, String reason, String detail, String origin, String key, String payload,
                         Instant at) {

    /** Payload text kept in a dead letter; the rest is cut so a dead letter always fits the topic. */
    public static final int MAX_PAYLOAD_CHARS = 8192;

    public static String preview(String payload) {
        if (payload == null || payload.length() <= MAX_PAYLOAD_CHARS) {
            return payload;
        }
        return payload.substring(0, MAX_PAYLOAD_CHARS) + "…[truncated " + (payload.length() - MAX_PAYLOAD_CHARS) + " chars]";
    }
}
