package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.LocalProjection;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The geometry of a {@link Feature} in degrees (x = longitude, y = latitude): a point for a node, a polygon for a closed
 * way, a line for an open one, and for a multipolygon its outer rings with the inner rings inside them as holes (rings
 * are joined from member ways by JTS's {@link Polygonizer}). Null where a node or member way is missing from the
 * extract, or no outer ring closes.
 *
 * <p>Areas are in square metres of an equirectangular projection at the geometry's centroid latitude. That projection
 * is an affine map of the degrees, so centroids and point-in-polygon tests can stay in degrees and only the area needs
 * the scale {@code (R π / 180)² cos(latitude)}. {@link #of} may be called from several threads once the coordinates and
 * member ways are complete: it only reads them (one instance per import).
 */
final class AreaGeometry {

    private final GeometryFactory factory = new GeometryFactory();
    private final NodeCoordinates coordinates;
    private final LongObjectHashMap<int[]> memberWays;

    AreaGeometry(NodeCoordinates coordinates, LongObjectHashMap<int[]> memberWays) {
        this.coordinates = coordinates;
        this.memberWays = memberWays;
    }

    /** The feature's geometry, or null when the extract lacks part of it. */
    @Nullable
    Geometry of(Feature feature) {
        return switch (feature.type()) {
            case OsmRef.NODE ->
                factory.createPoint(
                        new Coordinate(GeoDistance.toDegrees(feature.lonE7), GeoDistance.toDegrees(feature.latE7)));
            case OsmRef.WAY -> ofWay(feature.wayNodes);
            default -> ofMultipolygon(feature.outerWays, feature.innerWays);
        };
    }

    /** Area in m² of a polygonal geometry in degrees; 0 for points and lines. */
    static double area_m2(Geometry geometry) {
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            return 0;
        }
        LocalProjection atCentroid =
                new LocalProjection(0, geometry.getCentroid().getY());
        return geometry.getArea() * atCentroid.squareMetresPerSquareDegree();
    }

    private @Nullable Geometry ofWay(int[] nodes) {
        Coordinate[] line = line(nodes);
        if (line == null || line.length == 0) {
            return null;
        }
        if (line.length == 1) {
            return factory.createPoint(line[0]);
        }
        boolean closed = line.length >= 4 && line[0].equals2D(line[line.length - 1]);
        return closed ? factory.createPolygon(line) : factory.createLineString(line);
    }

    private @Nullable Geometry ofMultipolygon(long[] outerWays, long[] innerWays) {
        List<Polygon> shells = rings(outerWays);
        List<Polygon> holes = rings(innerWays);
        if (shells == null || holes == null || shells.isEmpty()) {
            return null;
        }
        List<List<LinearRing>> holesOfShell = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            holesOfShell.add(new ArrayList<>());
        }
        for (Polygon hole : holes) {
            int shell = smallestShellAround(shells, hole);
            if (shell >= 0) {
                holesOfShell.get(shell).add(hole.getExteriorRing());
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(
                    shells.get(i).getExteriorRing(), holesOfShell.get(i).toArray(new LinearRing[0]));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /**
     * The smallest outer ring around an inner one, or -1. Holes are cut by assigning rings rather than by an overlay
     * (difference): on a residential area with 80 inner rings the overlay took 30 ms, and OSM's rule that inner rings
     * lie inside an outer one without crossing it makes the assignment exact.
     */
    private static int smallestShellAround(List<Polygon> shells, Polygon hole) {
        Coordinate inside = hole.getInteriorPoint().getCoordinate();
        int best = -1;
        for (int i = 0; i < shells.size(); i++) {
            Polygon shell = shells.get(i);
            if (shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                    && PointLocation.isInRing(inside, shell.getExteriorRing().getCoordinates())
                    && (best < 0 || shell.getArea() < shells.get(best).getArea())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The rings that the ways' lines close, as polygons without holes (a ring inside another ring is its own polygon);
     * null when a way is missing from the extract.
     */
    private @Nullable List<Polygon> rings(long[] wayIds) {
        Polygonizer polygonizer = new Polygonizer(true);
        for (long wayId : wayIds) {
            int[] nodes = memberWays.get(wayId);
            Coordinate[] line = nodes == null ? null : line(nodes);
            if (line == null) {
                return null;
            }
            if (line.length >= 2) {
                polygonizer.add(factory.createLineString(line));
            }
        }
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Polygon> rings = new ArrayList<>(faces.size());
        for (Polygon face : faces) {
            rings.add(factory.createPolygon(face.getExteriorRing()));
        }
        return rings;
    }

    /** The coordinates of the nodes, consecutive duplicates dropped; null when one is missing from the extract. */
    private Coordinate @Nullable [] line(int[] nodes) {
        List<Coordinate> line = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            if (coordinates.isMissing(node)) {
                return null;
            }
            Coordinate c = coordinates.coordinate(node);
            if (line.isEmpty() || !line.get(line.size() - 1).equals2D(c)) {
                line.add(c);
            }
        }
        return line.toArray(new Coordinate[0]);
    }
}
