package org.doorstep.app.facility;

import java.util.Optional;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.springframework.stereotype.Component;

/**
 * The rules every candidate site meets before it is written. The cost, when given, must be more than zero, as the
 * engine's siting reads it ({@code plan --candidates}: a cost is a positive amount or unknown).
 */
@Component
class CandidateSiteRules {

    private final Places places;

    CandidateSiteRules(Places places) {
        this.places = places;
    }

    void check(NewCandidateSite site, Faults faults) {
        Optional<Place> community = places.findPlace(site.communityId());
        if (community.isEmpty() || community.get().level() != PlaceLevel.COMMUNITY) {
            faults.add("communityId", "no community " + site.communityId());
        }
        Values.checkLonLat(site.lon(), site.lat(), "lon", "lat", faults);
        if (site.address().isBlank() || site.address().length() > 300) {
            faults.add("address", "an address of 1 to 300 characters is needed");
        }
        Double area = site.usableFloorArea_m2();
        if (area != null && !(area >= 0 && Double.isFinite(area))) {
            faults.add("usableFloorArea_m2", "usable floor area must be 0 or more square metres, got " + area);
        }
        Double cost = site.conversionCost_yuan();
        if (cost != null && !(cost > 0 && Double.isFinite(cost))) {
            faults.add(
                    "conversionCost_yuan",
                    "a conversion cost must be more than 0 yuan, got " + cost
                            + "; leave it empty where there is no estimate");
        }
        if (site.owner() != null && site.owner().length() > 200) {
            faults.add("owner", "at most 200 characters");
        }
        if (site.notes() != null && site.notes().length() > 2000) {
            faults.add("notes", "at most 2,000 characters");
        }
    }
}
