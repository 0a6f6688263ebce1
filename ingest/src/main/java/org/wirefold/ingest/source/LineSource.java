package org.wirefold.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/** What the line-based sources share: the input, its line reader, progress in bytes, and closing. */
abstract class LineSource implements Source {
    protected final String name;
    protected final LineReader lines;
    protected final ArticleAssembler assembler;
    private final InputStream in;
    private final long totalBytes;
    private final boolean closeInput;

    LineSource(String name, InputStream in, long totalBytes, ArticleAssembler assembler, int maxLineBytes,
               boolean closeInput) {
        this.name = name;
        this.in = in;
        this.lines = new LineReader(in, maxLineBytes);
        this.totalBytes = totalBytes;
        this.assembler = assembler;
        this.closeInput = closeInput;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        if (closeInput) {
            in.close();
        }
    }
}
