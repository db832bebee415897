package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.place.NewBuilding;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.community.CommunityAreas;
import org.doorstep.engine.community.CommunityMembership;
import org.doorstep.engine.graph.GeoDistance;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/** Turns what the engine read from an OpenStreetMap file into the registry's rows. */
@Component
class OsmRows {

    /** Rows to add, how many of the file's lay in no community, and how many the registry already holds. */
    record Rows<T>(List<T> rows, int outside, int alreadyRegistered) {}

    private final Places places;
    private final FacilityService facilityService;

    OsmRows(Places places, FacilityService facilityService) {
        this.places = places;
        this.facilityService = facilityService;
    }

    /** The city's communities that have a boundary. */
    OsmCommunities communitiesOf(Place city) {
        OsmCommunities communities = new OsmCommunities();
        for (Place community : places.listCommunitiesUnder(city.id())) {
            places.boundaryGeometry(community.id())
                    .ifPresent(b -> communities.add(
                            community.id(),
                            community.code() != null ? community.code() : "c" + community.id(),
                            community.name(),
                            b));
        }
        return communities;
    }

    /**
     * Communities estimated from the file (the engine's areas around community centres, or a grid), written under a
     * district and street named as estimated, so that every report shows where the areas came from.
     */
    OsmCommunities estimateCommunities(Place city, CityData data) {
        long district = places.addPlace(
                new NewPlace(PlaceLevel.DISTRICT, null, "估算区域 (estimated)", city.id(), null, null, null));
        long street =
                places.addPlace(new NewPlace(PlaceLevel.STREET, null, "估算街道 (estimated)", district, null, null, null));
        OsmCommunities communities = new OsmCommunities();
        for (Community area : CommunityAreas.estimate(data.buildings(), data.facilities())) {
            Point centre = area.boundary().getInteriorPoint();
            long id = places.addPlace(new NewPlace(
                    PlaceLevel.COMMUNITY,
                    null,
                    area.name() + " (estimated)",
                    street,
                    PolygonGeoJson.of(area.boundary()),
                    centre.getX(),
                    centre.getY()));
            communities.add(id, "", area.name(), area.boundary());
        }
        return communities;
    }

    /**
     * The residential buildings that lie in a community and are not registered yet (an extract that overlaps an
     * earlier one brings some again).
     */
    Rows<NewBuilding> buildings(CityData data, OsmCommunities communities) {
        Buildings buildings = data.buildings();
        int[] communityOf = CommunityMembership.assign(communities.areas(), buildings);
        Set<String> registered = places.findRegisteredOsmRefs(refs(buildings.size(), buildings::ref));
        List<NewBuilding> rows = new ArrayList<>();
        int outside = 0;
        int already = 0;
        for (int b = 0; b < buildings.size(); b++) {
            String ref = OsmRef.format(buildings.ref(b));
            if (communityOf[b] < 0) {
                outside++;
            } else if (registered.contains(ref)) {
                already++;
            } else {
                rows.add(new NewBuilding(
                        communities.communityId(communityOf[b]),
                        null,
                        ref,
                        null,
                        null,
                        GeoDistance.toDegrees(buildings.lonE7(b)),
                        GeoDistance.toDegrees(buildings.latE7(b)),
                        null,
                        buildings.levels(b),
                        null,
                        null,
                        buildings.floorArea_m2(b)));
            }
        }
        return new Rows<>(rows, outside, already);
    }

    /** The facilities that lie in a community, named uniquely within it (OSM names repeat, or are missing). */
    Rows<NewFacility> facilities(CityData data, OsmCommunities communities) {
        Facilities facilities = data.facilities();
        int[] lon = new int[facilities.size()];
        int[] lat = new int[facilities.size()];
        for (int f = 0; f < lon.length; f++) {
            lon[f] = facilities.lonE7(f);
            lat[f] = facilities.latE7(f);
        }
        int[] communityOf = CommunityMembership.assignPoints(communities.areas(), lon, lat);
        Set<String> registered = facilityService.findRegisteredOsmRefs(refs(facilities.size(), facilities::ref));
        List<NewFacility> rows = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int outside = 0;
        int already = 0;
        for (int f = 0; f < facilities.size(); f++) {
            String ref = OsmRef.format(facilities.ref(f));
            if (communityOf[f] < 0 || registered.contains(ref)) {
                outside += communityOf[f] < 0 ? 1 : 0;
                already += communityOf[f] < 0 ? 0 : 1;
                continue;
            }
            long community = communities.communityId(communityOf[f]);
            String name = facilities.name(f).isBlank() ? ref : facilities.name(f);
            if (!taken.add(community + "/" + name)) {
                name = name + " (" + ref + ")";
                taken.add(community + "/" + name);
            }
            rows.add(facility(facilities, f, community, name, ref));
        }
        return new Rows<>(rows, outside, already);
    }

    private static List<String> refs(int count, IntToLongFunction ref) {
        List<String> refs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            refs.add(OsmRef.format(ref.applyAsLong(i)));
        }
        return refs;
    }

    private static NewFacility facility(Facilities facilities, int f, long community, String name, String ref) {
        // OpenStreetMap does not say who runs a place; the registry corrects it where it knows.
        return EngineFacilities.newFacility(facilities, f, community, name, null, OperatingModel.COMMERCIAL, null, ref);
    }
}
