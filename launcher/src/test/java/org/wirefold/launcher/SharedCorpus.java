package org.wirefold.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared} (beside the repository) from a test's working directory, when it exists. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Optional<Path> find(String relative) {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base).resolve(relative).toAbsolutePath().normalize();
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
