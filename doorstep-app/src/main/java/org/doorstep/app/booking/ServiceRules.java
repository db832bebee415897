package org.doorstep.app.booking;

import java.util.List;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.springframework.stereotype.Component;

/** What a new service and session must satisfy; each fault is a 400 naming its field. */
@Component
class ServiceRules {

    private final Places places;

    ServiceRules(Places places) {
        this.places = places;
    }

    void check(NewService service, List<Long> area) {
        if (service.name() == null || service.name().isBlank()) {
            throw Refusals.badRequest("name", "must not be blank");
        }
        if (service.priceStandard_fen() < 0) {
            throw Refusals.badRequest("priceStandard_fen", "must not be negative");
        }
        if ((service.priceSubsidised_fen() == null) != (service.subsidisedGroup() == null)) {
            throw Refusals.badRequest("priceSubsidised_fen", "a subsidised price needs its subsidisedGroup, and back");
        }
        Integer min = service.minAge();
        Integer max = service.maxAge();
        if ((min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && min > max)) {
            throw Refusals.badRequest("minAge", "ages must be 0 or more and minAge <= maxAge");
        }
        for (long community : area) {
            boolean isCommunity = places.findPlace(community)
                    .map(Place::level)
                    .filter(PlaceLevel.COMMUNITY::equals)
                    .isPresent();
            if (!isCommunity) {
                throw Refusals.badRequest("areaCommunityIds", "no community " + community);
            }
        }
    }

    void check(NewSession session) {
        // A JSON body may leave out what the record declares non-null.
        if (session.startsAt() == null) {
            throw Refusals.badRequest("startsAt", "is required");
        }
        if (session.endsAt() == null) {
            throw Refusals.badRequest("endsAt", "is required");
        }
        if (!session.endsAt().isAfter(session.startsAt())) {
            throw Refusals.badRequest("endsAt", "must be after startsAt");
        }
        if (session.capacity() < 0) {
            throw Refusals.badRequest("capacity", "must not be negative");
        }
        if (session.carers() != null && session.carers() < 0) {
            throw Refusals.badRequest("carers", "must not be negative");
        }
    }
}
