package org.doorstep.app.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;

/**
 * Where a community worker or street officer works: the places of its grants (an administrator's: the first city)
 * and the communities at or below them.
 */
record WorkerPlaces(Set<Long> granted, List<Place> communities) {

    static WorkerPlaces of(Places places, AccessScope scope) {
        Set<Long> granted = scope.isAdmin()
                ? places.listCities().stream().limit(1).map(Place::id).collect(Collectors.toSet())
                : scope.placeIds();
        List<Place> communities = granted.stream()
                .sorted()
                .flatMap(id -> places.listCommunitiesUnder(id).stream())
                .toList();
        return new WorkerPlaces(granted, communities);
    }
}
