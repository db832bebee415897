package org.doorstep.engine.osm;

import java.util.function.Consumer;

/**
 * How {@link OsmCityReader} reads a file.
 *
 * @param defaultLevels levels assumed for a building whose {@code building:levels} is missing or unreadable (at least 1;
 *     such buildings are flagged {@code levelsAssumed})
 * @param progress receives one short line per import step (for example {@code "ways and relations: 29874 ways"});
 *     called on the importing thread; the import itself prints nothing
 */
public record OsmImportOptions(int defaultLevels, Consumer<String> progress) {

    /** Three levels: a guess between the single houses of a European village and the 6-storey walk-ups of China. */
    public static final int DEFAULT_LEVELS = 3;

    public OsmImportOptions {
        if (defaultLevels < 1) {
            throw new IllegalArgumentException("defaultLevels must be >= 1, got " + defaultLevels);
        }
    }

    /** {@link #DEFAULT_LEVELS} levels, no progress reporting. */
    public static OsmImportOptions defaults() {
        return new OsmImportOptions(DEFAULT_LEVELS, line -> {});
    }

    /** These options with another default number of levels. */
    public OsmImportOptions withDefaultLevels(int levels) {
        return new OsmImportOptions(levels, progress);
    }

    /** These options reporting progress to {@code sink}. */
    public OsmImportOptions withProgress(Consumer<String> sink) {
        return new OsmImportOptions(defaultLevels, sink);
    }
}
