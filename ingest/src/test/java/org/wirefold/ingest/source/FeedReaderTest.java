package org.wirefold.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.model.Article;

class FeedReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final FeedReader reader = new FeedReader(Clock.fixed(NOW, ZoneOffset.UTC), 1_000_000);

    @TempDir
    Path dir;

    /** Raw feed bytes, line by line; lets a test put invalid UTF-8 between good lines. */
    private static final class Feed {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Feed line(String text) {
            return raw(text.getBytes(StandardCharsets.UTF_8)).raw(new byte[]{'\n'});
        }

        Feed article(String id, String title, String body) {
            return line("{\"id\":\"" + id + "\",\"source\":\"harbour-gazette\",\"url\":null,\"published\":null,"
                    + "\"title\":\"" + title + "\",\"body\":\"" + body + "\"}");
        }

        Feed raw(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private List<ParsedRecord> jsonLines(Feed feed) throws IOException {
        return FeedReader.readAll(reader.jsonLines("feed.jsonl", new ByteArrayInputStream(feed.bytes()), -1, true));
    }

    private static Article article(ParsedRecord r) {
        return assertInstanceOf(ParsedRecord.Accepted.class, r).article();
    }

    private static ParsedRecord.Rejected rejected(ParsedRecord r) {
        return assertInstanceOf(ParsedRecord.Rejected.class, r);
    }

    @Test
    void shouldReadAllFieldsOfAJsonLine() throws IOException {
        List<ParsedRecord> records = jsonLines(new Feed().line("{\"id\":\"hg-1\",\"source\":\"harbour-gazette\","
                + "\"url\":\"https://example.org/ferry\",\"published\":\"2026-02-27T08:30:00Z\","
                + "\"title\":\"Ferry service resumes\",\"body\":\"Boats left the pier at dawn.\"}"));
        Article a = article(records.get(0));
        assertEquals(new Article("hg-1", "harbour-gazette", "https://example.org/ferry",
                Instant.parse("2026-02-27T08:30:00Z"), "Ferry service resumes", "Boats left the pier at dawn.", NOW), a);
        assertEquals("feed.jsonl:1", records.get(0).origin());
    }

    @Test
    void shouldDeriveIdAndUseIngestTimeWhenFeedGivesNone() throws IOException {
        List<ParsedRecord> records = jsonLines(new Feed()
                .line("{\"title\":\"Ferry service resumes\",\"body\":\"Boats left at dawn.\",\"published\":null}")
                .line("{\"id\":\"  \",\"title\":\"Ferry service resumes\",\"body\":\"Boats left at dawn.\"}"));
        Article first = article(records.get(0));
        assertEquals(ArticleIds.derive("Ferry service resumes", "Boats left at dawn."), first.id());
        assertEquals(NOW, first.published());
        assertEquals(first.id(), article(records.get(1)).id());
    }

    @Test
    void shouldAcceptPublishedTimeWithOffset() throws IOException {
        Article a = article(jsonLines(new Feed().line(
                "{\"id\":\"x\",\"title\":\"T\",\"published\":\"2026-02-27T10:30:00+02:00\"}")).get(0));
        assertEquals(Instant.parse("2026-02-27T08:30:00Z"), a.published());
    }

    @Test
    void shouldKeepGoodLinesAroundInvalidUtf8AndTruncatedJson() throws IOException {
        Feed feed = new Feed()
                .article("ok-1", "Storm closes mountain pass", "Snowploughs are out.")
                .raw("{\"id\":\"bad-utf8\",\"title\":\"Caf".getBytes(StandardCharsets.US_ASCII))
                .raw(new byte[]{(byte) 0xC3, (byte) 0x28}).line("\"}")
                .article("ok-2", "Library extends opening hours", "Open until ten.")
                .line("{\"id\":\"cut\",\"title\":\"Council votes on bud")
                .raw("{\"id\":\"ok-3\",\"title\":\"Tram line opens\",\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));

        List<ParsedRecord> records = jsonLines(feed);

        assertEquals(5, records.size());
        assertEquals("ok-1", article(records.get(0)).id());
        ParsedRecord.Rejected utf8 = rejected(records.get(1));
        assertEquals(RejectReason.INVALID_UTF8, utf8.reason());
        assertEquals("feed.jsonl:2", utf8.origin());
        assertTrue(utf8.payload().contains("\uFFFD"), utf8.payload());
        assertEquals("ok-2", article(records.get(2)).id());
        ParsedRecord.Rejected cut = rejected(records.get(3));
        assertEquals(RejectReason.MALFORMED_JSON, cut.reason());
        assertEquals("feed.jsonl:4", cut.origin());
        assertTrue(cut.message().startsWith("feed.jsonl:4: malformed JSON: Unexpected end-of-input"), cut.message());
        assertEquals("ok-3", article(records.get(4)).id());
        assertEquals("", article(records.get(4)).body());
    }

    @Test
    void shouldRejectFieldsOfTheWrongType() throws IOException {
        List<ParsedRecord> records = jsonLines(new Feed()
                .line("{\"id\":\"n1\",\"title\":42,\"body\":\"text\"}")
                .line("{\"id\":\"n2\",\"title\":\"T\",\"published\":\"last tuesday\"}")
                .line("{\"id\":\"n3\",\"title\":\"T\",\"published\":1767225600}")
                .line("[\"not\",\"an\",\"object\"]")
                .line("{\"id\":7,\"title\":\"T\"}"));
        records.forEach(r -> assertEquals(RejectReason.BAD_FIELD, rejected(r).reason()));
        assertTrue(rejected(records.get(0)).detail().contains("'title'"));
        assertEquals("n1", rejected(records.get(0)).key());
        assertTrue(rejected(records.get(1)).detail().contains("'published'"));
        assertTrue(rejected(records.get(2)).detail().contains("'published'"));
        assertTrue(rejected(records.get(3)).detail().contains("array"));
        assertTrue(rejected(records.get(4)).detail().contains("'id'"));
    }

    @Test
    void shouldRejectArticleWithoutTitleAndBody() throws IOException {
        ParsedRecord.Rejected r = rejected(jsonLines(new Feed().line("{\"id\":\"e1\",\"title\":\" \",\"body\":null}")).get(0));
        assertEquals(RejectReason.EMPTY_ARTICLE, r.reason());
        assertEquals("e1", r.key());
    }

    @Test
    void shouldRejectTrailingGarbageAfterTheObject() throws IOException {
        ParsedRecord.Rejected r = rejected(jsonLines(new Feed().line("{\"id\":\"g\",\"title\":\"T\"} {\"x\":1}")).get(0));
        assertEquals(RejectReason.MALFORMED_JSON, r.reason());
    }

    @Test
    void shouldSkipBlankLinesButKeepLineNumbers() throws IOException {
        List<ParsedRecord> records = jsonLines(new Feed().line("").line("   ").line("{oops"));
        assertEquals(1, records.size());
        assertEquals("feed.jsonl:3", records.get(0).origin());
    }

    @Test
    void shouldRejectArticlesLargerThanTheLimit() throws IOException {
        FeedReader small = new FeedReader(Clock.fixed(NOW, ZoneOffset.UTC), 400);
        Feed feed = new Feed()
                .article("fits", "Short", "A few words.")
                .article("big", "Long", "word ".repeat(100))
                .article("huge", "Huge", "x".repeat(10_000))
                .article("after", "Still read", "Yes.");
        List<ParsedRecord> records = FeedReader.readAll(
                small.jsonLines("f", new ByteArrayInputStream(feed.bytes()), -1, true));
        assertEquals("fits", article(records.get(0)).id());
        assertEquals(RejectReason.TOO_LARGE, rejected(records.get(1)).reason());
        assertEquals("big", rejected(records.get(1)).key());
        assertEquals(RejectReason.TOO_LARGE, rejected(records.get(2)).reason());
        assertEquals("after", article(records.get(3)).id());
    }

    @Test
    void shouldReadTextFileWithHeadlineOnFirstNonEmptyLine() throws IOException {
        Path file = dir.resolve("ferry.txt");
        Files.writeString(file, "\n  \n  Ferry service resumes  \nBoats left the pier at dawn.\n\nTickets are free.\n");
        List<ParsedRecord> records = FeedReader.readAll(reader.open(file.toString(), InputStream.nullInputStream()));
        assertEquals(1, records.size());
        Article a = article(records.get(0));
        assertEquals("Ferry service resumes", a.title());
        assertEquals("Boats left the pier at dawn.\n\nTickets are free.", a.body());
        assertEquals(ArticleIds.derive(a.title(), a.body()), a.id());
        assertEquals(NOW, a.published());
        assertNull(a.source());
        assertEquals(file + ":3", records.get(0).origin());
    }

    @Test
    void shouldRejectTextFileWithInvalidUtf8AtItsLine() throws IOException {
        Path file = dir.resolve("broken.txt");
        Feed content = new Feed().line("Headline").line("fine line").raw(new byte[]{'b', 'a', 'd', (byte) 0xFF, '\n'});
        Files.write(file, content.bytes());
        ParsedRecord.Rejected r = rejected(FeedReader.readAll(reader.open(file.toString(), InputStream.nullInputStream())).get(0));
        assertEquals(RejectReason.INVALID_UTF8, r.reason());
        assertEquals(file + ":3", r.origin());
    }

    @Test
    void shouldRejectEmptyTextFile() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "\n \n");
        assertEquals(RejectReason.EMPTY_ARTICLE,
                rejected(FeedReader.readAll(reader.open(file.toString(), InputStream.nullInputStream())).get(0)).reason());
    }

    @Test
    void shouldReadFolderTextFilesInNameOrderOnly() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second headline\nbody b");
        Files.writeString(dir.resolve("a.TXT"), "First headline\nbody a");
        Files.writeString(dir.resolve("notes.md"), "Not an article");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("c.txt"), "Nested");
        Source source = reader.open(dir.toString(), InputStream.nullInputStream());
        long total = source.totalBytes();
        List<ParsedRecord> records = FeedReader.readAll(source);
        assertEquals(List.of("First headline", "Second headline"), records.stream().map(r -> article(r).title()).toList());
        assertEquals(Files.size(dir.resolve("a.TXT")) + Files.size(dir.resolve("b.txt")), total);
        assertEquals(total, source.bytesRead());
    }

    @Test
    void shouldReadOtherExtensionsAsJsonLines() throws IOException {
        Path file = dir.resolve("feed.json");
        Files.write(file, new Feed().article("j1", "T", "B").bytes());
        assertEquals("j1", article(FeedReader.readAll(reader.open(file.toString(), InputStream.nullInputStream())).get(0)).id());
    }

    @Test
    void shouldTreatStdinStartingWithBraceAsJsonLines() throws IOException {
        byte[] input = ("\n  " + new String(new Feed().article("s1", "T1", "B1").article("s2", "T2", "B2").bytes(),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        List<ParsedRecord> records = FeedReader.readAll(reader.open("-", new ByteArrayInputStream(input)));
        assertEquals(List.of("s1", "s2"), records.stream().map(r -> article(r).id()).toList());
        assertEquals("stdin:2", records.get(0).origin());
    }

    @Test
    void shouldTreatOtherStdinAsOnePlainTextArticle() throws IOException {
        byte[] input = "\nFerry service resumes\n{not json}\nBoats left at dawn.\n".getBytes(StandardCharsets.UTF_8);
        List<ParsedRecord> records = FeedReader.readAll(reader.open("-", new ByteArrayInputStream(input)));
        assertEquals(1, records.size());
        assertEquals("Ferry service resumes", article(records.get(0)).title());
        assertEquals("{not json}\nBoats left at dawn.", article(records.get(0)).body());
        assertEquals("stdin:2", records.get(0).origin());
    }

    @Test
    void shouldYieldNothingForEmptyStdin() throws IOException {
        assertEquals(List.of(), FeedReader.readAll(reader.open("-", new ByteArrayInputStream(new byte[0]))));
    }

    @Test
    void shouldFailForMissingInput() {
        assertThrows(NoSuchFileException.class,
                () -> reader.open(dir.resolve("nope.jsonl").toString(), InputStream.nullInputStream()));
    }
}
