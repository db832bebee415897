package org.doorstep.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The planner's map: city > district > street > community drill-down, with the evaluation's layers drawn by
 * {@code planner.js}. A planner sees the cities granted to it, an administrator every city.
 */
@Controller
class PlannerController {

    private final AccessScopes scopes;
    private final Places places;

    PlannerController(AccessScopes scopes, Places places) {
        this.scopes = scopes;
        this.places = places;
    }

    @GetMapping("/planner")
    String planner(@RequestParam(required = false) @Nullable Long place, Model model) {
        AccessScope scope = scopes.current();
        String page = Navigation.open(scope, Navigation.PLANNER);
        List<Place> cities = visibleCities(places, scope);
        model.addAttribute("cities", cities);
        Optional<Place> shown = place == null ? cities.stream().findFirst() : places.findPlace(place);
        if (shown.isEmpty()) {
            return page;
        }
        Place current = shown.get();
        long cityId = current.cityId() == null ? current.id() : current.cityId();
        if (cities.stream().noneMatch(c -> c.id() == cityId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no place " + place);
        }
        model.addAttribute("place", current);
        model.addAttribute("cityId", cityId);
        model.addAttribute("crumbs", ancestors(current));
        model.addAttribute("children", places.listChildren(current.id()));
        return page;
    }

    /** The cities a planner's grants name (every city for an administrator). */
    static List<Place> visibleCities(Places places, AccessScope scope) {
        return places.listCities().stream()
                .filter(c -> scope.isAdmin() || scope.placeIds().contains(c.id()))
                .toList();
    }

    /** The place and the places above it, from the city down. */
    private List<Place> ancestors(Place place) {
        List<Place> chain = new ArrayList<>();
        @Nullable Place at = place;
        while (at != null) {
            chain.add(0, at);
            at = at.parentId() == null ? null : places.findPlace(at.parentId()).orElse(null);
        }
        return chain;
    }
}
