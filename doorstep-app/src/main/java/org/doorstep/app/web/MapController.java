package org.doorstep.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Building;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.planning.Bbox;
import org.doorstep.app.planning.CityMaps;
import org.doorstep.app.planning.EvaluationService;
import org.doorstep.app.planning.RoadLines;
import org.doorstep.app.registry.RegistryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Data the pages' maps need that no other API serves: the city's own roads (the offline base map) and the resident's
 * home with the nearest facility of each category.
 */
@RestController
@RequestMapping("/map")
class MapController {

    private final CityMaps maps;
    private final AccessScopes scopes;
    private final RegistryService registry;
    private final Places places;
    private final EvaluationService evaluations;

    MapController(
            CityMaps maps,
            AccessScopes scopes,
            RegistryService registry,
            Places places,
            EvaluationService evaluations) {
        this.maps = maps;
        this.scopes = scopes;
        this.registry = registry;
        this.places = places;
        this.evaluations = evaluations;
    }

    /** The roads inside {@code bbox} as GeoJSON: one MultiLineString of paths and one of steps. */
    @GetMapping(path = "/cities/{cityId}/roads", produces = "application/geo+json")
    Map<String, Object> roads(@PathVariable long cityId, @RequestParam String bbox, @RequestParam int zoom) {
        RoadLines roads = maps.roads(cityId, parse(bbox), zoom);
        return Map.of(
                "type", "FeatureCollection",
                "truncated", roads.truncated(),
                "source", roads.source(),
                "features", List.of(lines("path", roads.lines()), lines("steps", roads.steps())));
    }

    /** The signed-in resident's home buildings, each with its nearest facility per category (newest evaluation). */
    @GetMapping("/home")
    List<Map<String, Object>> home() {
        AccessScope scope = scopes.current();
        scope.requireRole(Role.RESIDENT, Role.ADMIN);
        List<Map<String, Object>> homes = new ArrayList<>();
        for (long buildingId : registry.listHomeBuildings(scope)) {
            places.findBuilding(buildingId).ifPresent(b -> homes.add(home(b)));
        }
        return homes;
    }

    private Map<String, Object> home(Building building) {
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("buildingId", building.id());
        home.put("communityId", building.communityId());
        home.put(
                "cityId",
                places.findPlace(building.communityId()).map(Place::cityId).orElse(null));
        home.put("lon", building.lon());
        home.put("lat", building.lat());
        home.put("nearest", evaluations.listHomeAccess(building.id()));
        return home;
    }

    private static Map<String, Object> lines(String kind, List<double[]> lines) {
        List<List<double[]>> coordinates = new ArrayList<>(lines.size());
        for (double[] l : lines) {
            coordinates.add(List.of(new double[] {micro(l[0]), micro(l[1])}, new double[] {micro(l[2]), micro(l[3])}));
        }
        return Map.of(
                "type", "Feature",
                "properties", Map.of("kind", kind),
                "geometry", Map.of("type", "MultiLineString", "coordinates", coordinates));
    }

    /** Degrees to 6 decimals (about 0.1 m): finer digits only make the answer longer. */
    private static double micro(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    static Bbox parse(String bbox) {
        try {
            return Bbox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
