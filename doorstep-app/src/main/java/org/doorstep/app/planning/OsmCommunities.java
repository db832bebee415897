package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.engine.city.Community;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The registry's communities as the engine's {@link Community} areas, so that the engine can tell which community
 * holds each building and facility of an OpenStreetMap file: one area per polygon of a community's boundary (a
 * MultiPolygon gives several), each remembering its registry id.
 */
final class OsmCommunities {

    private final List<Community> areas = new ArrayList<>();
    private final List<Long> communityIds = new ArrayList<>();

    void add(long communityId, String code, String name, Geometry boundary) {
        for (int part = 0; part < boundary.getNumGeometries(); part++) {
            if (boundary.getGeometryN(part) instanceof Polygon polygon) {
                areas.add(new Community(code, name, "", "", polygon, "registry"));
                communityIds.add(communityId);
            }
        }
    }

    boolean isEmpty() {
        return areas.isEmpty();
    }

    List<Community> areas() {
        return List.copyOf(areas);
    }

    /** The registry id of the community of engine area {@code index}. */
    long communityId(int index) {
        return communityIds.get(index);
    }
}
