package org.doorstep.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The maps' facilities layer, by box and zoom like the roads ({@link FacilityLayer}). Open facilities' places and
 * categories are public information (as in the OGC API's facilities collection): no scope needed.
 */
@RestController
@RequestMapping("/map")
class FacilityLayerController {

    private final FacilityService facilities;
    private final Places places;

    FacilityLayerController(FacilityService facilities, Places places) {
        this.facilities = facilities;
        this.places = places;
    }

    @GetMapping(path = "/cities/{cityId}/facilities", produces = "application/geo+json")
    Map<String, Object> facilities(
            @PathVariable long cityId,
            @RequestParam String bbox,
            @RequestParam int zoom,
            @RequestParam(required = false) @Nullable String category) {
        List<Long> communities =
                places.listCommunitiesUnder(cityId).stream().map(Place::id).toList();
        List<Map<String, Object>> features = new ArrayList<>();
        for (FacilityLayer.Point p : FacilityLayer.points(
                facilities.listOpenFacilities(communities).stream()
                        .filter(f -> category == null || f.category().code().equals(category))
                        .toList(),
                MapController.parse(bbox),
                zoom)) {
            features.add(Map.of(
                    "type", "Feature",
                    "id", p.id(),
                    "geometry", Map.of("type", "Point", "coordinates", new double[] {p.lon(), p.lat()}),
                    "properties", Map.of("category", p.category(), "type", p.type(), "count", p.count())));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
