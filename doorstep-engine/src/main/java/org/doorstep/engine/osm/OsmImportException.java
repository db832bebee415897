package org.doorstep.engine.osm;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The OSM file could not be imported. The message names the file, what is wrong and where (PBF blob and byte offset,
 * XML line, or OSM element), for example {@code city.osm.pbf: truncated in blob 12 at byte 1048576: ...}. No partial
 * result exists when this is thrown.
 */
public final class OsmImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem in {@code file}; the message becomes {@code "<file>: <problem>"}. */
    public OsmImportException(Path file, String problem) {
        super(file + ": " + problem);
    }

    /** As {@link #OsmImportException(Path, String)}, keeping the exception that revealed the problem. */
    public OsmImportException(Path file, String problem, @Nullable Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
