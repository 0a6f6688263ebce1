package org.wirefold.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of plain-text articles: every {@code *.txt} file directly in it (not hidden, not in sub-folders), in
 * file-name order, each one {@link TextArticleSource}.
 */
final class FolderSource implements Source {
    private final String name;
    private final List<Path> files;
    private final long totalBytes;
    private final FeedReader reader;
    private int nextFile;
    private Source current;
    private long finishedBytes;

    FolderSource(String name, Path dir, FeedReader reader) throws IOException {
        this.name = name;
        this.files = listTextFiles(dir);
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        this.totalBytes = total;
        this.reader = reader;
    }

    /** The {@code .txt} files of {@code dir}, sorted by file name. */
    static List<Path> listTextFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> {
                String n = p.getFileName().toString();
                return n.toLowerCase(Locale.ROOT).endsWith(".txt") && !n.startsWith(".") && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(p -> p.getFileName().toString())).forEach(out::add);
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ParsedRecord next() throws IOException {
        while (true) {
            if (current != null) {
                ParsedRecord r = current.next();
                if (r != null) {
                    return r;
                }
                finishedBytes += current.bytesRead();
                current.close();
                current = null;
            }
            if (nextFile >= files.size()) {
                return null;
            }
            Path file = files.get(nextFile++);
            InputStream in = Files.newInputStream(file);
            current = reader.textArticle(file.toString(), in, Files.size(file), true);
        }
    }

    @Override
    public long bytesRead() {
        return finishedBytes + (current == null ? 0 : current.bytesRead());
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
