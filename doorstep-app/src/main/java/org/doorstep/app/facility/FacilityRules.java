package org.doorstep.app.facility;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules every facility meets before it is written, whether it comes from the REST API, an import or the system
 * API: its type belongs to its category, it lies in a community (and in one of its buildings, if any), its numbers
 * are in range, its opening hours are opening_hours syntax, and its name is unique in its community. Faults name the
 * JSON field.
 */
@Component
class FacilityRules {

    private static final String SERVICE_KIND = "[a-z][a-z0-9_]{0,39}";

    private final FacilityTypes types;
    private final Places places;
    private final FacilityRepository facilities;
    private final JdbcClient jdbc;

    FacilityRules(FacilityTypes types, Places places, FacilityRepository facilities, JdbcClient jdbc) {
        this.types = types;
        this.places = places;
        this.facilities = facilities;
        this.jdbc = jdbc;
    }

    /** Checks a facility; {@code self} is its id when it is being changed, null when it is new. */
    void check(NewFacility facility, @Nullable Long self, Faults faults) {
        checkName(facility, self, faults);
        checkType(facility, faults);
        checkPlace(facility, faults);
        Values.checkLonLat(facility.lon(), facility.lat(), "lon", "lat", faults);
        Double area = facility.floorArea_m2();
        if (area != null && !(area >= 0 && Double.isFinite(area))) {
            faults.add("floorArea_m2", "floor area must be 0 or more square metres, got " + area);
        }
        checkCapacity(facility.capacity(), faults);
        String hours = facility.openingHours();
        String hoursProblem = hours == null ? null : OpeningHours.problem(hours);
        if (hoursProblem != null) {
            faults.add("openingHours", hoursProblem);
        }
        if (facility.operatorId() != null && !operatorExists(facility.operatorId())) {
            faults.add("operatorId", "no operator " + facility.operatorId());
        }
        if (facility.osmRef() != null && !facility.osmRef().matches("[nwr][1-9][0-9]{0,18}")) {
            faults.add(
                    "osmRef",
                    "an OSM reference is n, w or r and the element's id, such as w123, got '" + facility.osmRef()
                            + "'");
        }
    }

    private void checkName(NewFacility facility, @Nullable Long self, Faults faults) {
        String name = facility.name();
        if (name.isBlank() || name.length() > 200) {
            faults.add("name", "a name of 1 to 200 characters is needed");
        } else if (facilities.nameTaken(facility.communityId(), name, self)) {
            faults.add("name", "community " + facility.communityId() + " already has a facility named '" + name + "'");
        }
    }

    private void checkType(NewFacility facility, Faults faults) {
        String category = facility.category().code();
        Optional<FacilityType> type = types.find(facility.typeCode());
        if (type.isEmpty()) {
            faults.add(
                    "typeCode",
                    "unknown facility type '" + facility.typeCode() + "'; the types of " + category + " are "
                            + String.join(", ", types.codesOf(category)));
        } else if (!type.get().category().equals(category)) {
            faults.add(
                    "typeCode",
                    "type " + facility.typeCode() + " belongs to category "
                            + type.get().category() + ", not " + category);
        }
    }

    private void checkPlace(NewFacility facility, Faults faults) {
        Optional<Place> community = places.findPlace(facility.communityId());
        if (community.isEmpty() || community.get().level() != PlaceLevel.COMMUNITY) {
            faults.add("communityId", "no community " + facility.communityId());
            return;
        }
        Long building = facility.buildingId();
        if (building != null) {
            Long buildingCommunity = jdbc.sql("select community_id from building where id = ?")
                    .param(building)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (!Long.valueOf(facility.communityId()).equals(buildingCommunity)) {
                faults.add("buildingId", "no building " + building + " in community " + facility.communityId());
            }
        }
    }

    /** Checks capacity rows: lower-case service kind codes, each once, places 0 or more. */
    static void checkCapacity(List<ServiceCapacity> rows, Faults faults) {
        Set<String> kinds = new HashSet<>();
        for (ServiceCapacity capacity : rows) {
            if (!capacity.serviceKind().matches(SERVICE_KIND)) {
                faults.add(
                        "capacity",
                        "service kind '" + capacity.serviceKind()
                                + "' must be a lower-case code such as day_care or meals");
            } else if (!kinds.add(capacity.serviceKind())) {
                faults.add("capacity", "service kind " + capacity.serviceKind() + " is given twice");
            }
            if (capacity.places() < 0) {
                faults.add("capacity", capacity.serviceKind() + ": places must be 0 or more, got " + capacity.places());
            }
        }
    }

    private boolean operatorExists(long operatorId) {
        return jdbc.sql("select count(*) from operator where id = ?")
                        .param(operatorId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
