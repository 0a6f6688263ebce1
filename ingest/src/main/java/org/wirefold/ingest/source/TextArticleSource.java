package org.wirefold.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One plain-text article: the headline is the first non-empty line, the body everything after it. Yields exactly
 * one record, an article or a rejection (an input without text is an {@code empty-article} rejection). The origin
 * is the headline's line. Every line is decoded strictly; the first
 * invalid one rejects the article. The id is derived from the content, the publication time is the ingest time.
 */
final class TextArticleSource extends LineSource {
    private final long maxBytes;
    private boolean done;

    TextArticleSource(String name, InputStream in, long totalBytes, ArticleAssembler assembler, int maxLineBytes,
                      boolean closeInput) {
        super(name, in, totalBytes, assembler, maxLineBytes, closeInput);
        this.maxBytes = maxLineBytes;
    }

    @Override
    public ParsedRecord next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        List<String> text = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        long size = 0;
        int titleLine = 0;
        String title = null;
        ParsedRecord.Rejected invalid = null;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            size += line.length() + 1;
            if (size > maxBytes || line.truncated()) {
                continue;
            }
            LineReader.Decoded decoded = line.decode();
            raw.append(decoded.ok() ? decoded.text() : line.lenient()).append('\n');
            if (!decoded.ok()) {
                if (invalid == null) {
                    invalid = new ParsedRecord.Rejected(RejectReason.INVALID_UTF8, "invalid byte sequence at byte "
                            + (decoded.invalidOffset() + 1) + " of the line", name + ":" + line.number(), null, null);
                }
                continue;
            }
            if (title == null) {
                if (!decoded.text().isBlank()) {
                    title = decoded.text().strip();
                    titleLine = line.number();
                }
            } else {
                text.add(decoded.text());
            }
        }
        String origin = name + ":" + Math.max(1, titleLine);
        if (size > maxBytes) {
            return assembler.tooLong(size, origin, raw.toString());
        }
        if (invalid != null) {
            return new ParsedRecord.Rejected(invalid.reason(), invalid.detail(), invalid.origin(), null, raw.toString());
        }
        String body = String.join("\n", text);
        return assembler.assemble(null, null, null, null, title, body, origin, raw::toString);
    }
}
