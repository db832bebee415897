package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The geometry of a {@link Feature} in degrees (x = longitude, y = latitude): a point for a node, a polygon for a closed
 * way, a line for an open one, and for a multipolygon the union of its outer rings minus the union of its inner ones
 * (rings are joined from member ways by JTS's {@link Polygonizer}). Null where a node or member way is missing from the
 * extract, or the rings do not close.
 *
 * <p>Areas are in square metres of an equirectangular projection at the geometry's centroid latitude. That projection
 * is an affine map of the degrees, so centroids and point-in-polygon tests can stay in degrees and only the area needs
 * the scale {@code (R π / 180)² cos(latitude)}. Not thread-safe (one instance per import).
 */
final class AreaGeometry {

    private static final double METRES_PER_DEGREE = GeoDistance.EARTH_RADIUS_M * Math.PI / 180;

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
        double latitude = Math.toRadians(geometry.getCentroid().getY());
        return geometry.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(latitude);
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
        Geometry outer = rings(outerWays);
        Geometry inner = rings(innerWays);
        if (outer == null || inner == null || outer.isEmpty()) {
            return null;
        }
        try {
            return inner.isEmpty() ? outer : outer.difference(inner);
        } catch (TopologyException e) {
            // Self-crossing rings: rare, and better dropped (and counted) than guessed.
            return null;
        }
    }

    /** The polygons that the ways' lines enclose, as one geometry; null when a way is missing. */
    private @Nullable Geometry rings(long[] wayIds) {
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
        Collection<Polygon> polygons = polygonizer.getPolygons();
        try {
            return polygons.isEmpty() ? factory.createPolygon() : UnaryUnionOp.union(new ArrayList<>(polygons));
        } catch (TopologyException e) {
            return null;
        }
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
