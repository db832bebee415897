package org.doorstep.app.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilitySupply;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.springframework.stereotype.Component;

/** Open facilities as points with their category, type and capacity: public information, no scope needed. */
@Component
class FacilityFeatures extends ListedFeatures {

    private final FacilityService facilities;
    private final Places places;
    private final CitySelection cities;

    FacilityFeatures(FacilityService facilities, Places places, CitySelection cities) {
        this.facilities = facilities;
        this.places = places;
        this.cities = cities;
    }

    @Override
    public String id() {
        return "facilities";
    }

    @Override
    public String title() {
        return "Facilities";
    }

    @Override
    public String description() {
        return "Open community service facilities with their category, type and capacity";
    }

    @Override
    List<Map<String, Object>> all(AccessScope scope, FeatureQuery query) {
        String category = query.parameter("category");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Place city : cities.cities(scope, query)) {
            List<Long> communities = places.listCommunitiesUnder(city.id()).stream()
                    .map(Place::id)
                    .toList();
            for (FacilitySupply f : facilities.listOpenFacilities(communities)) {
                if (query.bbox().contains(f.lon(), f.lat())
                        && (category == null || category.equals(f.category().code()))) {
                    out.add(FeatureSource.feature(f.id(), FeatureSource.point(f.lon(), f.lat()), properties(f)));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> properties(FacilitySupply f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("category", f.category().code());
        p.put("type", f.typeCode());
        p.put("communityId", f.communityId());
        p.put("floorArea_m2", f.floorArea_m2());
        p.put("capacity", f.capacity());
        return p;
    }
}
