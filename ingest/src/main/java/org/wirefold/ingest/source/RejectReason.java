package org.wirefold.ingest.source;

/** Why an input record was not published; {@link #code()} is the kebab-case reason of the dead letter and metric tag. */
public enum RejectReason {
    MALFORMED_JSON("malformed-json", "malformed JSON"),
    INVALID_UTF8("invalid-utf8", "invalid UTF-8"),
    EMPTY_ARTICLE("empty-article", "empty article"),
    TOO_LARGE("too-large", "too large"),
    BAD_FIELD("bad-field", "bad field");

    private final String code;
    private final String label;

    RejectReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Machine-readable reason, e.g. {@code malformed-json}. */
    public String code() {
        return code;
    }

    /** Words for people, e.g. {@code malformed JSON}. */
    public String label() {
        return label;
    }
}
