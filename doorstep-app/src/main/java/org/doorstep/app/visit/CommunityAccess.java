package org.doorstep.app.visit;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may work with visits: community workers and street officers inside their places, administrators everywhere.
 * A community outside the scope is answered as absent (404), so that its existence is not disclosed.
 */
@Component
class CommunityAccess {

    private final Places places;

    CommunityAccess(Places places) {
        this.places = places;
    }

    /** Throws unless the user works with visits. */
    static void requireVisitRole(AccessScope scope) {
        scope.requireRole(Role.COMMUNITY_WORKER, Role.STREET_OFFICER, Role.ADMIN);
    }

    /** The community, if the user works with visits and it lies inside the scope; 404 otherwise. */
    Place requireCommunity(AccessScope scope, long communityId) {
        requireVisitRole(scope);
        return places.findPlace(communityId)
                .filter(p -> p.level() == PlaceLevel.COMMUNITY)
                .filter(p -> scope.isAdmin() || p.liesWithin(scope.placeIds()))
                .orElseThrow(() -> notFound("community " + communityId));
    }

    /** A place (any level) inside the scope, for aggregates; 404 otherwise. */
    Place requirePlace(AccessScope scope, long placeId) {
        return places.findPlace(placeId)
                .filter(p -> scope.isAdmin() || p.liesWithin(scope.placeIds()))
                .orElseThrow(() -> notFound("place " + placeId));
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " in your scope");
    }
}
