package org.wirefold.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.wirefold.common.serde.Json;

/**
 * JSON Lines feed: one {@code {"id","source","url","published","title","body"}} object per line, blank lines
 * skipped. Each line is decoded and parsed on its own, so a bad line is one {@link ParsedRecord.Rejected} and the
 * lines around it still come through. Every field is optional but must be a string or null.
 */
final class JsonLinesSource extends LineSource {
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String[] TEXT_FIELDS = {"id", "source", "url", "title", "body"};


    JsonLinesSource(String name, InputStream in, long totalBytes, ArticleAssembler assembler, int maxLineBytes,
                    boolean closeInput) {
        super(name, in, totalBytes, assembler, maxLineBytes, closeInput);
    }

    @Override
    public ParsedRecord next() throws IOException {
        LineReader.Line line;
        do {
            line = lines.next();
            if (line == null) {
                return null;
            }
        } while (line.blank());
        return parse(line);
    }

    private ParsedRecord parse(LineReader.Line line) {
        String origin = name + ":" + line.number();
        if (line.truncated()) {
            return assembler.tooLong(line.length(), origin, line.lenient());
        }
        LineReader.Decoded decoded = line.decode();
        if (!decoded.ok()) {
            return new ParsedRecord.Rejected(RejectReason.INVALID_UTF8, "invalid byte sequence at byte "
                    + (decoded.invalidOffset() + 1) + " of the line", origin, null, line.lenient());
        }
        String text = decoded.text();
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            return new ParsedRecord.Rejected(RejectReason.MALFORMED_JSON, describe(e), origin, null, text);
        }
        if (node == null || !node.isObject()) {
            String type = node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
            return new ParsedRecord.Rejected(RejectReason.BAD_FIELD, "expected a JSON object, got " + type,
                    origin, null, text);
        }
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        for (String field : TEXT_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return badField(field, "a string or null", value, origin, id, text);
            }
        }
        Instant published = null;
        JsonNode p = node.get("published");
        if (p != null && !p.isNull()) {
            if (!p.isTextual()) {
                return badField("published", "an ISO-8601 time string or null", p, origin, id, text);
            }
            published = parseInstant(p.asText());
            if (published == null && !p.asText().isBlank()) {
                return new ParsedRecord.Rejected(RejectReason.BAD_FIELD, "field 'published' is not an ISO-8601 time: '"
                        + abbreviate(p.asText()) + "'", origin, id, text);
            }
        }
        return assembler.assemble(id, str(node, "source"), str(node, "url"), published, str(node, "title"),
                str(node, "body"), origin, () -> text);
    }

    private static ParsedRecord.Rejected badField(String field, String expected, JsonNode value, String origin,
                                                  String id, String text) {
        return new ParsedRecord.Rejected(RejectReason.BAD_FIELD, "field '" + field + "' must be " + expected
                + ", got " + value.getNodeType().name().toLowerCase(Locale.ROOT), origin, id, text);
    }

    /** ISO-8601 instant ({@code 2025-12-13T10:00:00Z}) or with an offset; null when it is neither. */
    static Instant parseInstant(String s) {
        String v = s.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.replaceAll("\\s*\\R\\s*", " ").strip();
        JsonLocation at = e.getLocation();
        if (at != null && at.getColumnNr() > 0) {
            message += " (column " + at.getColumnNr() + ")";
        }
        return message;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
