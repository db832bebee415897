package org.doorstep.engine.community;

import java.util.List;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.graph.GeoDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which community each residential building (or any point) belongs to: the first community, in list order, whose boundary covers the
 * building's point, or -1 for a building outside every community (reported, never guessed).
 */
public final class CommunityMembership {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CommunityMembership() {}

    /** The community index of every building, -1 where none covers it. */
    public static int[] assign(List<Community> communities, Buildings buildings) {
        int[] lonE7 = new int[buildings.size()];
        int[] latE7 = new int[buildings.size()];
        for (int b = 0; b < lonE7.length; b++) {
            lonE7[b] = buildings.lonE7(b);
            latE7[b] = buildings.latE7(b);
        }
        return assignPoints(communities, lonE7, latE7);
    }

    /**
     * The community index of every point (for example facilities), -1 where none covers it.
     *
     * @param lonE7 longitudes in 1e-7 degree, one per point, as {@code latE7}
     */
    public static int[] assignPoints(List<Community> communities, int[] lonE7, int[] latE7) {
        STRtree index = new STRtree();
        PreparedGeometry[] prepared = new PreparedGeometry[communities.size()];
        for (int c = 0; c < prepared.length; c++) {
            prepared[c] = PreparedGeometryFactory.prepare(communities.get(c).boundary());
            index.insert(communities.get(c).boundary().getEnvelopeInternal(), c);
        }
        int[] communityOf = new int[lonE7.length];
        for (int p = 0; p < communityOf.length; p++) {
            Point point = FACTORY.createPoint(
                    new Coordinate(GeoDistance.toDegrees(lonE7[p]), GeoDistance.toDegrees(latE7[p])));
            communityOf[p] = firstCovering(index.query(point.getEnvelopeInternal()), prepared, point);
        }
        return communityOf;
    }

    private static int firstCovering(List<?> candidates, PreparedGeometry[] prepared, Point point) {
        int first = -1;
        for (Object candidate : candidates) {
            int c = (Integer) candidate;
            if ((first < 0 || c < first) && prepared[c].covers(point)) {
                first = c;
            }
        }
        return first;
    }
}
