package org.doorstep.engine.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Test-only window on the engine's candidate-site reader ({@code plan --candidates}), which is package-private in
 * the engine: the app's exports are checked by reading them exactly as {@code ./doorstep plan} does.
 */
public final class EngineCandidates {

    private EngineCandidates() {}

    /** A candidate as the engine read it; NaN where the file left a number out. */
    public record Site(
            String id, double lon, double lat, double floorArea_m2, double cost, String name, String owner) {}

    /** Reads a file by the engine's rules, failing with the engine's message where it refuses it. */
    public static List<Site> read(Path file) throws Exception {
        return CandidateSites.read(file).stream()
                .map(c -> new Site(
                        c.id(), c.lonE7() / 1e7, c.latE7() / 1e7, c.floorArea_m2(), c.cost(), c.name(), c.owner()))
                .toList();
    }
}
