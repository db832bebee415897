package org.doorstep.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's shared real data ({@code shared/data}, beside the repository, never copied into it) for
 * integration tests. Walks up from the working directory to the first directory that has a {@code shared/data} child;
 * the repository normally sits at {@code X/main} with the data at {@code X/shared/data}.
 */
public final class SharedData {

    private SharedData() {}

    /** The file {@code shared/data/osm/<fileName>}; fails naming every place looked at when it is missing. */
    public static Path osm(String fileName) {
        return file("osm/" + fileName);
    }

    /** The directory {@code shared/data/osm}. */
    public static Path osmDirectory() {
        return file("osm");
    }

    private static Path file(String relative) {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("shared data '" + relative + "' not found; looked at " + tried
                + " (the data lives in a 'shared/data' directory beside the repository, see shared/data/README.md)");
    }
}
