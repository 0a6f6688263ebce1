package org.wirefold.launcher.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} (or {@code ../../shared}) from the module directory; null when absent. */
final class SharedData {
    private SharedData() {
    }

    static Path file(String relative) {
        for (String root : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(root).resolve(relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
