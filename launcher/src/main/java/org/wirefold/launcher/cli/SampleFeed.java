package org.wirefold.launcher.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample feed shipped in the jar: an invented event told by several outlets, plus one unrelated story. */
final class SampleFeed {
    static final String RESOURCE = "/sample/feed.jsonl";

    private SampleFeed() {
    }

    /** Copies the sample feed to a temporary file and returns its path. */
    static Path extract() throws IOException {
        Path file = Files.createTempFile("wirefold-sample-", ".jsonl");
        file.toFile().deleteOnExit();
        try (InputStream in = SampleFeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("sample feed " + RESOURCE + " is missing from the jar");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
