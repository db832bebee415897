package org.doorstep.app.place;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads of the place hierarchy. Place metadata is not personal, so any signed-in user may read it; asking for the
 * current scope is what refuses anonymous callers.
 */
@RestController
@RequestMapping("/api/places")
class PlaceController {

    private final Places places;
    private final PlaceQueries queries;
    private final PlaceGeoJson geoJson;
    private final AccessScopes scopes;

    PlaceController(Places places, PlaceQueries queries, PlaceGeoJson geoJson, AccessScopes scopes) {
        this.places = places;
        this.queries = queries;
        this.geoJson = geoJson;
        this.scopes = scopes;
    }

    @GetMapping("/cities")
    List<Place> listCities() {
        scopes.current();
        return places.listCities();
    }

    @GetMapping("/{id}")
    PlaceDetail getPlace(@PathVariable long id) {
        Place place = place(id);
        return new PlaceDetail(place, queries.listAncestors(place));
    }

    @GetMapping("/by-code/{code}")
    PlaceDetail getPlaceByCode(@PathVariable String code) {
        scopes.current();
        Place place = places.findByCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no place has code " + code));
        return new PlaceDetail(place, queries.listAncestors(place));
    }

    @GetMapping("/{id}/children")
    List<Place> listChildren(@PathVariable long id) {
        return places.listChildren(place(id).id());
    }

    @GetMapping(value = "/{id}/boundary", produces = PlaceGeoJson.MEDIA_TYPE)
    ObjectNode getBoundary(@PathVariable long id) {
        Place place = place(id);
        String boundary = places.boundary(id)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "place " + id + " has no boundary"));
        return geoJson.boundaryFeature(place, boundary);
    }

    @GetMapping("/{id}/compounds")
    List<Compound> listCompounds(@PathVariable long id) {
        return queries.listCompounds(community(id).id());
    }

    @GetMapping("/{id}/buildings")
    List<Building> listBuildings(@PathVariable long id) {
        return queries.listBuildings(community(id).id());
    }

    @GetMapping(value = "/{id}/communities.geojson", produces = PlaceGeoJson.MEDIA_TYPE)
    ObjectNode exportCommunities(@PathVariable long id) {
        return geoJson.communities(queries.listCommunityAreas(place(id).id()));
    }

    private Place place(long id) {
        scopes.current();
        return places.findPlace(id).orElseThrow(() -> PlaceBoundaries.notFound(id));
    }

    private Place community(long id) {
        Place place = place(id);
        if (place.level() != PlaceLevel.COMMUNITY) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "place " + id + " is a " + place.level() + "; only a community has these");
        }
        return place;
    }
}
