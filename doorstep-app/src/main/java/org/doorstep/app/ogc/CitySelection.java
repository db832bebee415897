package org.doorstep.app.ogc;

import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which city a collection shows: the {@code city} parameter, else the first city the user may see (every city for an
 * administrator or a user whose grants lie inside one).
 */
@Component
class CitySelection {

    private final Places places;

    CitySelection(Places places) {
        this.places = places;
    }

    List<Place> cities(AccessScope scope, FeatureQuery query) {
        String city = query.parameter("city");
        List<Place> all = places.listCities();
        if (city == null) {
            return all;
        }
        try {
            long id = Long.parseLong(city);
            return all.stream().filter(c -> c.id() == id).toList();
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "city must be a place id, got '" + city + "'");
        }
    }
}
