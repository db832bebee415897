package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Sets one place's boundary: an administrator anywhere, a planner inside its own places. */
@Service
class PlaceBoundaries {

    private final Places places;
    private final PlaceQueries queries;

    PlaceBoundaries(Places places, PlaceQueries queries) {
        this.places = places;
        this.queries = queries;
    }

    Place setBoundary(long placeId, JsonNode geometry, AccessScope scope) {
        scope.requireRole(Role.ADMIN, Role.PLANNER);
        Place place = places.findPlace(placeId).orElseThrow(() -> notFound(placeId));
        if (!scope.isAdmin() && !place.liesWithin(scope.placeIds())) {
            throw new ScopeDeniedException("place " + placeId + " lies outside the places granted to you");
        }
        List<String> faults = new ArrayList<>();
        GeoJsonGeometry.Boundary boundary = GeoJsonGeometry.read(geometry, faults);
        if (boundary == null) {
            throw new FeatureImportRejectedException(faults.stream()
                    .map(fault -> new FeatureProblem(null, "geometry", fault))
                    .toList());
        }
        queries.setBoundary(placeId, boundary.geoJson(), boundary.centreLon(), boundary.centreLat());
        return places.findPlace(placeId).orElseThrow();
    }

    static ResponseStatusException notFound(long placeId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no place " + placeId);
    }
}
