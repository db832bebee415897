package org.doorstep.engine.blindspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Groups uncovered buildings into blind-spot areas by single linkage: two buildings within the link distance (straight
 * line, in a local plane) fall in the same area. Neighbours come from a grid of link-sized cells; a union-find whose
 * roots are the lowest building id makes the grouping independent of visiting order. Areas are ranked by target group,
 * descending, ties to the area with the lowest building id. Stateless and thread-safe.
 */
public final class BlindSpotClustering {

    /** Default link distance between buildings of one area. */
    public static final double DEFAULT_LINK_M = 150;

    /** Default buffer around an area's convex hull. */
    public static final double DEFAULT_BUFFER_M = 30;

    private BlindSpotClustering() {}

    /**
     * The blind-spot areas, ranked.
     *
     * @param lonE7 building points, 1e-7 degree; one entry per building in every array
     * @param uncovered true where the building lacks the service within the standard's walking distance
     * @param residents residents per building
     * @param targetGroup the service's target group per building
     * @param link_m link distance, {@code > 0}
     * @param buffer_m buffer around each hull, {@code >= 0}
     */
    public static List<BlindSpot> cluster(
            int[] lonE7,
            int[] latE7,
            boolean[] uncovered,
            double[] residents,
            double[] targetGroup,
            double link_m,
            double buffer_m) {
        int n = lonE7.length;
        if (latE7.length != n || uncovered.length != n || residents.length != n || targetGroup.length != n) {
            throw new IllegalArgumentException("every per-building array needs " + n + " entries");
        }
        if (!(link_m > 0) || !(buffer_m >= 0)) {
            throw new IllegalArgumentException("link_m must be > 0 and buffer_m >= 0, got " + link_m + ", " + buffer_m);
        }
        LocalPlane plane = LocalPlane.around(latE7, uncovered);
        int[] root = link(lonE7, latE7, uncovered, plane, link_m);
        int[][] members = membersByRoot(root, uncovered);
        List<BlindSpot> spots = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            if (uncovered[b] && root[b] == b) {
                spots.add(area(members[b], lonE7, latE7, residents, targetGroup, plane, buffer_m));
            }
        }
        spots.sort(
                Comparator.comparingDouble(BlindSpot::targetGroup).reversed().thenComparingInt(s -> s.buildings()[0]));
        return spots;
    }

    /** Union-find over uncovered buildings; afterwards {@code root[b]} is the lowest id of b's area. */
    private static int[] link(int[] lonE7, int[] latE7, boolean[] uncovered, LocalPlane plane, double link_m) {
        int n = lonE7.length;
        int[] root = new int[n];
        Map<Long, int[]> cells = new HashMap<>(); // looked up only, never iterated
        for (int b = 0; b < n; b++) {
            root[b] = b;
            if (uncovered[b]) {
                long key = plane.cell(lonE7[b], latE7[b], link_m, 0, 0);
                int[] members = cells.getOrDefault(key, new int[0]);
                int[] grown = Arrays.copyOf(members, members.length + 1);
                grown[members.length] = b;
                cells.put(key, grown);
            }
        }
        for (int b = 0; b < n; b++) {
            if (!uncovered[b]) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int other : cells.getOrDefault(plane.cell(lonE7[b], latE7[b], link_m, dx, dy), new int[0])) {
                        if (other > b && plane.distance_m(lonE7, latE7, b, other) <= link_m) {
                            union(root, b, other);
                        }
                    }
                }
            }
        }
        for (int b = 0; b < n; b++) {
            root[b] = find(root, b);
        }
        return root;
    }

    private static int find(int[] root, int b) {
        int r = b;
        while (root[r] != r) {
            r = root[r];
        }
        while (root[b] != r) {
            int next = root[b];
            root[b] = r;
            b = next;
        }
        return r;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        root[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Per root, the uncovered buildings it holds, ascending (counting sort); null for non-roots. */
    private static int[][] membersByRoot(int[] root, boolean[] uncovered) {
        int[] count = new int[root.length];
        for (int b = 0; b < root.length; b++) {
            count[root[b]] += uncovered[b] ? 1 : 0;
        }
        int[][] members = new int[root.length][];
        for (int b = 0; b < root.length; b++) {
            if (count[b] > 0) {
                members[b] = new int[count[b]];
                count[b] = 0;
            }
        }
        for (int b = 0; b < root.length; b++) {
            if (uncovered[b]) {
                members[root[b]][count[root[b]]++] = b;
            }
        }
        return members;
    }

    private static BlindSpot area(
            int[] members,
            int[] lonE7,
            int[] latE7,
            double[] residents,
            double[] targetGroup,
            LocalPlane plane,
            double buffer_m) {
        double people = 0;
        double target = 0;
        for (int b : members) {
            people += residents[b];
            target += targetGroup[b];
        }
        return new BlindSpot(members, hull(members, lonE7, latE7, plane, buffer_m), people, target);
    }

    private static Polygon hull(int[] members, int[] lonE7, int[] latE7, LocalPlane plane, double buffer_m) {
        GeometryFactory factory = new GeometryFactory();
        Coordinate[] points = new Coordinate[members.length];
        for (int i = 0; i < members.length; i++) {
            points[i] = plane.toMetres(lonE7[members[i]], latE7[members[i]]);
        }
        Geometry buffered =
                factory.createMultiPointFromCoords(points).convexHull().buffer(buffer_m);
        if (!(buffered instanceof Polygon polygon)) {
            throw new IllegalArgumentException("buffer_m must be > 0 to give an area a polygon, got " + buffer_m);
        }
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length; i++) {
            ring[i] = plane.toDegrees(ring[i]);
        }
        return factory.createPolygon(ring);
    }
}
