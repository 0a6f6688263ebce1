package org.wirefold.ingest.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * One input of the ingest, read record by record: a JSON Lines feed, a text article, a folder of text articles,
 * stdin. Each format is one implementation; {@link FeedReader} picks the right one for an input. Not thread-safe.
 */
public interface Source extends Closeable {

    /** The input as the user named it, used in {@code file:line} origins. */
    String name();

    /** The next record, or null when the input is exhausted. Bad input is a {@link ParsedRecord.Rejected}, never an exception. */
    ParsedRecord next() throws IOException;

    /** Bytes of input consumed so far (for progress). */
    long bytesRead();

    /** Total input size in bytes, or -1 when unknown (stdin). */
    long totalBytes();
}
