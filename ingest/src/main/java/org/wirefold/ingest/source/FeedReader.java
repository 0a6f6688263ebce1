package org.wirefold.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsing layer of ingest, usable without Kafka: turns an input name into a {@link Source} of
 * {@link ParsedRecord}s.
 * <ul>
 *   <li>a folder: its {@code *.txt} files in file-name order, one plain-text article each;</li>
 *   <li>a {@code .txt} file: one plain-text article (headline on the first non-empty line, body the rest);</li>
 *   <li>any other file ({@code .jsonl}, {@code .json}, …): JSON Lines,
 *       {@code {"id","source","url","published","title","body"}} per line;</li>
 *   <li>{@code -}: stdin, JSON Lines when its first non-blank character is <code>{</code>, else one plain-text
 *       article.</li>
 * </ul>
 * Missing ids are derived from the content ({@link ArticleIds}), missing publication times are the ingest time
 * from the {@link Clock}. Bad input never throws: it becomes a {@link ParsedRecord.Rejected} with its
 * {@code file:line}.
 */
public final class FeedReader {
    /** The input name that means standard input. */
    public static final String STDIN = "-";
    /** Name used in the origins of records read from stdin. */
    public static final String STDIN_NAME = "stdin";

    private final ArticleAssembler assembler;
    private final int maxLineBytes;

    /**
     * @param clock          ingest time (for {@code ingested} and missing {@code published})
     * @param maxRecordBytes largest article JSON accepted, in bytes
     */
    public FeedReader(Clock clock, long maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.assembler = new ArticleAssembler(clock, maxRecordBytes);
        // Raw input may be larger than its JSON (escapes), so keep up to twice the limit before calling it too large.
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 64, maxRecordBytes * 2 + 4096);
    }

    /** Opens {@code input} (a path, or {@code -} for {@code stdin}); the caller closes the source. */
    public Source open(String input, InputStream stdin) throws IOException {
        if (STDIN.equals(input)) {
            return stdin(stdin);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return new FolderSource(input, path, this);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(input, null, "no such file or folder");
        }
        long size = Files.size(path);
        InputStream in = Files.newInputStream(path);
        return isText(path) ? textArticle(input, in, size, true) : jsonLines(input, in, size, true);
    }

    /** A JSON Lines source over {@code in}, named {@code name} in origins. */
    public Source jsonLines(String name, InputStream in, long totalBytes, boolean closeInput) {
        return new JsonLinesSource(name, in, totalBytes, assembler, maxLineBytes, closeInput);
    }

    /** A single plain-text article over {@code in}. */
    public Source textArticle(String name, InputStream in, long totalBytes, boolean closeInput) {
        return new TextArticleSource(name, in, totalBytes, assembler, maxLineBytes, closeInput);
    }

    /**
     * Standard input: looks at the first non-blank byte to choose JSON Lines or plain text. Closing the source
     * leaves {@code in} open.
     */
    public Source stdin(InputStream in) throws IOException {
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        int first;
        while ((first = in.read()) >= 0) {
            prefix.write(first);
            boolean bom = prefix.size() <= 3 && (first == 0xEF || first == 0xBB || first == 0xBF);
            if (!bom && !Character.isWhitespace(first)) {
                break;
            }
        }
        InputStream replay = new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), in);
        return first < 0 || first == '{' ? jsonLines(STDIN_NAME, replay, -1, false)
                : textArticle(STDIN_NAME, replay, -1, false);
    }

    /** Input size in bytes for progress: a file's size, the sum of a folder's text files, -1 for stdin or unknown. */
    public static long sizeOf(String input) {
        if (STDIN.equals(input)) {
            return -1;
        }
        try {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                long total = 0;
                for (Path f : FolderSource.listTextFiles(path)) {
                    total += Files.size(f);
                }
                return total;
            }
            return Files.size(path);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Every record of {@code source}, then closes it. */
    public static List<ParsedRecord> readAll(Source source) throws IOException {
        try (source) {
            List<ParsedRecord> out = new ArrayList<>();
            ParsedRecord r;
            while ((r = source.next()) != null) {
                out.add(r);
            }
            return out;
        }
    }

    private static boolean isText(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
