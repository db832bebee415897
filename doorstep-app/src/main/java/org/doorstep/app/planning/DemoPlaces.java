package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.place.NewBuilding;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.generate.GeneratedCity;
import org.doorstep.engine.graph.GeoDistance;
import org.locationtech.jts.geom.Point;

/**
 * Writes the generated city's places: the city, its districts and streets (named by the communities they hold, coded
 * by the first 6 and 9 digits of the communities' 12-digit codes), the communities with their boundaries, and the
 * residential buildings. Returns the ids it made, for the rest of the seeding.
 */
final class DemoPlaces {

    /** What was written: the city's id, community ids by the generator's community index, building ids by index. */
    record Written(long cityId, long[] communityIds, long[] buildingIds, Map<String, Long> placeIdsByCode) {}

    private DemoPlaces() {}

    static Written write(Places places, GeneratedCity generated, String cityCode, String cityName) {
        Map<String, Long> ids = new LinkedHashMap<>();
        long cityId = places.addPlace(new NewPlace(PlaceLevel.CITY, cityCode, cityName, null, null, null, null));
        ids.put(cityCode, cityId);
        List<Community> communities = generated.communities();
        long[] communityIds = new long[communities.size()];
        for (int c = 0; c < communities.size(); c++) {
            Community community = communities.get(c);
            String code = community.code();
            long district = ids.computeIfAbsent(
                    code.substring(0, 6), d -> place(places, PlaceLevel.DISTRICT, d, community.district(), cityId));
            long street = ids.computeIfAbsent(
                    code.substring(0, 9), s -> place(places, PlaceLevel.STREET, s, community.street(), district));
            Point centre = community.boundary().getInteriorPoint();
            communityIds[c] = places.addPlace(new NewPlace(
                    PlaceLevel.COMMUNITY,
                    code,
                    community.name(),
                    street,
                    PolygonGeoJson.of(community.boundary()),
                    centre.getX(),
                    centre.getY()));
            ids.put(code, communityIds[c]);
        }
        return new Written(cityId, communityIds, buildings(places, generated, communityIds), ids);
    }

    private static long place(Places places, PlaceLevel level, String code, String name, long parent) {
        return places.addPlace(new NewPlace(level, code, name, parent, null, null, null));
    }

    private static long[] buildings(Places places, GeneratedCity generated, long[] communityIds) {
        Buildings buildings = generated.city().buildings();
        List<NewBuilding> rows = new ArrayList<>(buildings.size());
        for (int b = 0; b < buildings.size(); b++) {
            rows.add(new NewBuilding(
                    communityIds[generated.communityOf(b)],
                    null,
                    null,
                    null,
                    (b + 1) + "号楼",
                    GeoDistance.toDegrees(buildings.lonE7(b)),
                    GeoDistance.toDegrees(buildings.latE7(b)),
                    null,
                    buildings.levels(b),
                    buildings.levels(b) >= 7,
                    null,
                    buildings.floorArea_m2(b)));
        }
        return places.addBuildings(rows).stream().mapToLong(Long::longValue).toArray();
    }
}
