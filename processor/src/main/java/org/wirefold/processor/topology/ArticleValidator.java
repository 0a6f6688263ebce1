package org.wirefold.processor.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.common.serde.Json;

/**
 * Turns the raw bytes of a {@code raw-articles} record into an {@link Article}, or a {@link DeadLetter} that says
 * why not. Pure: no Kafka, no state.
 */
final class ArticleValidator {
    static final String STAGE = "validate";
    /** Every reason this validator gives, for metrics registered at zero. */
    static final java.util.List<String> REASONS =
            java.util.List.of("empty-record", "invalid-utf8", "bad-field", "malformed-json", "missing-id", "empty-article", "too-large");
    private static final int MAX_ID_CHARS = 512;

    private final int maxTextChars;

    ArticleValidator(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    Validated validate(String key, byte[] bytes, String origin, Instant now) {
        if (bytes == null || bytes.length == 0) {
            return reject("empty-record", "record has no value", origin, key, "", now);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return reject("invalid-utf8", "value is not valid UTF-8", origin, key,
                    new String(bytes, StandardCharsets.UTF_8), now);
        }
        Article article;
        try {
            article = Json.MAPPER.readValue(json, Article.class);
        } catch (MismatchedInputException e) {
            return reject("bad-field", "a field has the wrong type: " + e.getOriginalMessage(), origin, key, json, now);
        } catch (JsonProcessingException e) {
            return reject("malformed-json", "value is not a JSON article: " + e.getOriginalMessage(), origin, key, json, now);
        }
        if (article == null) {
            return reject("malformed-json", "value is JSON null", origin, key, json, now);
        }
        String id = article.id() != null && !article.id().isBlank() ? article.id().strip() : key;
        if (id == null || id.isBlank()) {
            return reject("missing-id", "article has no id and the record no key", origin, key, json, now);
        }
        if (id.length() > MAX_ID_CHARS) {
            return reject("bad-field", "id is longer than " + MAX_ID_CHARS + " characters", origin, key, json, now);
        }
        if (article.text().isEmpty()) {
            return reject("empty-article", "article has neither title nor body", origin, id, json, now);
        }
        if (article.text().length() > maxTextChars) {
            return reject("too-large", "article text has " + article.text().length() + " characters, more than "
                    + maxTextChars, origin, id, json, now);
        }
        Instant ingested = article.ingested() != null ? article.ingested() : now;
        Instant published = article.published() != null ? article.published() : ingested;
        return new Validated(new Article(id, blankToNull(article.source()), blankToNull(article.url()), published,
                nullToEmpty(article.title()), nullToEmpty(article.body()), ingested), null);
    }

    private static Validated reject(String reason, String detail, String origin, String key, String payload, Instant now) {
        return new Validated(null, new DeadLetter(STAGE, reason, detail, origin, key, DeadLetter.preview(payload), now));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
