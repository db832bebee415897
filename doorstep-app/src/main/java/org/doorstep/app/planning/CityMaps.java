package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doorstep.engine.graph.WalkGraph;
import org.springframework.stereotype.Service;

/**
 * The city's own roads for the offline base map: the stored walking graph's edges inside a box, simplified for the
 * zoom. Decoding a graph takes a while, so the last graph of each city stays in memory while its stored version
 * ({@code created_at}) is unchanged. Road geometry is not personal data; no scope is needed. Thread-safe.
 */
@Service
public class CityMaps {

    /** At most this many lines per answer: a whole city at a low zoom would otherwise be megabytes. */
    public static final int MAX_LINES = 20_000;

    private record Cached(NetworkStore.Version version, WalkGraph graph) {}

    private final NetworkStore networks;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    CityMaps(NetworkStore networks) {
        this.networks = networks;
    }

    /**
     * The roads of a city inside {@code bbox} at web-map zoom level {@code zoom} (0–22); empty where the city has no
     * stored network.
     */
    public RoadLines roads(long cityId, Bbox bbox, int zoom) {
        Optional<Cached> graph = graph(cityId);
        if (graph.isEmpty()) {
            return new RoadLines(List.of(), List.of(), false, "");
        }
        RoadLines clipped = clip(graph.get().graph(), bbox, pixel_deg(zoom));
        return new RoadLines(
                clipped.lines(),
                clipped.steps(),
                clipped.truncated(),
                graph.get().version().source());
    }

    /** The size of one 256-pixel tile's pixel at a zoom, in degrees of longitude. */
    public static double pixel_deg(int zoom) {
        int z = Math.max(0, Math.min(22, zoom));
        return 360.0 / (256.0 * (1L << z));
    }

    static RoadLines clip(WalkGraph graph, Bbox bbox, double grid_deg) {
        List<double[]> lines = new ArrayList<>();
        List<double[]> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            double lon1 = snap(graph.lonE7(graph.edgeFrom(e)) / 1e7, grid_deg);
            double lat1 = snap(graph.latE7(graph.edgeFrom(e)) / 1e7, grid_deg);
            double lon2 = snap(graph.lonE7(graph.edgeTo(e)) / 1e7, grid_deg);
            double lat2 = snap(graph.latE7(graph.edgeTo(e)) / 1e7, grid_deg);
            if ((lon1 == lon2 && lat1 == lat2) || !bbox.meetsSegment(lon1, lat1, lon2, lat2)) {
                continue;
            }
            if (lines.size() + steps.size() >= MAX_LINES) {
                return new RoadLines(lines, steps, true, "");
            }
            boolean forward = lon1 < lon2 || (lon1 == lon2 && lat1 < lat2);
            double[] line = forward ? new double[] {lon1, lat1, lon2, lat2} : new double[] {lon2, lat2, lon1, lat1};
            if (seen.add(line[0] + "," + line[1] + "," + line[2] + "," + line[3])) {
                (graph.isSteps(e) ? steps : lines).add(line);
            }
        }
        return new RoadLines(lines, steps, false, "");
    }

    private static double snap(double value, double grid_deg) {
        return Math.round(value / grid_deg) * grid_deg;
    }

    private Optional<Cached> graph(long cityId) {
        Optional<NetworkStore.Version> version = networks.findVersion(cityId);
        if (version.isEmpty()) {
            cache.remove(cityId);
            return Optional.empty();
        }
        Cached cached = cache.get(cityId);
        if (cached != null && cached.version().equals(version.get())) {
            return Optional.of(cached);
        }
        Optional<Cached> fresh = networks.find(cityId).map(g -> new Cached(version.get(), g));
        fresh.ifPresent(c -> cache.put(cityId, c));
        return fresh;
    }
}
