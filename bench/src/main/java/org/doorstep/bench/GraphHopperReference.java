package org.doorstep.bench;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Facilities;

/**
 * What a GraphHopper 11.0 user would write to get each building's walking time to its nearest facility of every
 * category: import the PBF with the bundled {@code foot.json} custom model, snap every building and facility with the
 * {@link LocationIndex} into one {@link QueryGraph}, then grow one {@link ShortestPathTree} per facility and keep the
 * minimum per building. The three phases are timed separately. Used once per run; not thread-safe.
 */
final class GraphHopperReference {

    static final String PROFILE = "foot";
    /** Bound of every tree. Generous against the 15-minute life circle, and what keeps 377 trees from being 377 whole sweeps. */
    static final long TIME_LIMIT_MS = 30 * 60 * 1000;

    private static final String ENCODED_VALUES =
            "foot_access, foot_priority, foot_average_speed, foot_road_access, hike_rating, mtb_rating, country, road_class";

    private GraphHopperReference() {}

    /**
     * Runs the whole reference pipeline on {@code pbf} for the given buildings and facilities (the ones Doorstep read
     * from the same file), in a fresh temporary graph directory that is deleted afterwards.
     */
    static GraphHopperResult run(Path pbf, Buildings buildings, Facilities facilities) {
        Path dir = createTempDir();
        GraphHopper hopper = new GraphHopper();
        try {
            long start = System.nanoTime();
            importGraph(hopper, pbf, dir);
            long imported = System.nanoTime();
            Profile profile = hopper.getProfile(PROFILE);
            Weighting weighting = hopper.createWeighting(profile, new PMap());
            EdgeFilter snapFilter = new DefaultSnapFilter(
                    weighting, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
            LocationIndex index = hopper.getLocationIndex();
            Snap[] buildingSnaps = snapAll(index, snapFilter, buildings.size(), buildings::latE7, buildings::lonE7);
            Snap[] facilitySnaps = snapAll(index, snapFilter, facilities.size(), facilities::latE7, facilities::lonE7);
            QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), validSnaps(buildingSnaps, facilitySnaps));
            long snapped = System.nanoTime();
            GraphHopperResult result = new GraphHopperResult(buildings.size());
            Weighting queryWeighting = graph.wrapWeighting(weighting);
            for (ServiceCategory category : ServiceCategory.values()) {
                searchCategory(graph, queryWeighting, facilitySnaps, facilities.ofCategory(category), buildingSnaps)
                        .storeInto(result, category);
            }
            long searched = System.nanoTime();
            result.setPhases(imported - start, snapped - imported, searched - snapped);
            return result;
        } finally {
            hopper.close();
            deleteRecursively(dir);
        }
    }

    private static void importGraph(GraphHopper hopper, Path pbf, Path dir) {
        hopper.setOSMFile(pbf.toString());
        hopper.setGraphHopperLocation(dir.toString());
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setProfiles(new Profile(PROFILE).setCustomModel(GHUtility.loadCustomModelFromJar("foot.json")));
        hopper.importOrLoad();
    }

    private interface Coordinate {
        int valueE7(int id);
    }

    private static Snap[] snapAll(LocationIndex index, EdgeFilter filter, int count, Coordinate lat, Coordinate lon) {
        Snap[] snaps = new Snap[count];
        for (int i = 0; i < count; i++) {
            snaps[i] = index.findClosest(lat.valueE7(i) * 1e-7, lon.valueE7(i) * 1e-7, filter);
        }
        return snaps;
    }

    private static List<Snap> validSnaps(Snap[] first, Snap[] second) {
        List<Snap> valid = new ArrayList<>(first.length + second.length);
        Stream.concat(Arrays.stream(first), Arrays.stream(second))
                .filter(Snap::isValid)
                .forEach(valid::add);
        return valid;
    }

    /** Best time and its path's length per query-graph node over all trees of one category. */
    private static NearestLabels searchCategory(
            QueryGraph graph, Weighting weighting, Snap[] facilitySnaps, int[] facilityIds, Snap[] buildingSnaps) {
        NearestLabels nearest = new NearestLabels(graph.getNodes(), buildingSnaps);
        for (int facility : facilityIds) {
            Snap snap = facilitySnaps[facility];
            if (!snap.isValid()) {
                continue;
            }
            ShortestPathTree tree = new ShortestPathTree(graph, weighting, false, TraversalMode.NODE_BASED);
            tree.setTimeLimit(TIME_LIMIT_MS);
            tree.search(snap.getClosestNode(), nearest::offer);
            nearest.trees++;
        }
        return nearest;
    }

    private static final class NearestLabels {
        private final long[] time_ms;
        private final double[] distance_m;
        private final Snap[] buildingSnaps;
        private int trees;

        NearestLabels(int nodeCount, Snap[] buildingSnaps) {
            this.time_ms = new long[nodeCount];
            this.distance_m = new double[nodeCount];
            this.buildingSnaps = buildingSnaps;
            Arrays.fill(time_ms, Long.MAX_VALUE);
        }

        void offer(ShortestPathTree.IsoLabel label) {
            if (label.time < time_ms[label.node]) {
                time_ms[label.node] = label.time;
                distance_m[label.node] = label.distance;
            }
        }

        void storeInto(GraphHopperResult result, ServiceCategory category) {
            int[] time = new int[buildingSnaps.length];
            int[] length_mm = new int[buildingSnaps.length];
            for (int b = 0; b < buildingSnaps.length; b++) {
                Snap snap = buildingSnaps[b];
                long t = snap.isValid() ? time_ms[snap.getClosestNode()] : Long.MAX_VALUE;
                time[b] = t == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) t;
                length_mm[b] = t == Long.MAX_VALUE
                        ? Integer.MAX_VALUE
                        : (int) Math.round(distance_m[snap.getClosestNode()] * 1000);
            }
            result.setCategory(category, time, length_mm, trees);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("doorstep-bench-gh");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the GraphHopper graph", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary GraphHopper graph in " + dir, e);
        }
    }
}
