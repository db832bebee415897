package org.doorstep.app.booking;

import java.time.Instant;
import java.util.Optional;
import org.doorstep.app.registry.ResidentFacts;

/**
 * The eligibility rules of a service for one resident, in a fixed order so that a refusal always names the same rule:
 * the session must not have started, then age bounds, required special group, and the service area. Stateless.
 */
final class Eligibility {

    /** A refusal: the rule's code and what it says. */
    record Refusal(String rule, String detail) {}

    private Eligibility() {}

    static Optional<Refusal> check(OfferedService service, Instant startsAt, ResidentFacts facts, Instant now) {
        if (!startsAt.isAfter(now)) {
            return refuse("SESSION_STARTED", "the session started at " + startsAt);
        }
        if (service.minAge() != null && facts.age() < service.minAge()) {
            return refuse(
                    "MIN_AGE", "the service is for ages " + service.minAge() + " and over; resident is " + facts.age());
        }
        if (service.maxAge() != null && facts.age() > service.maxAge()) {
            return refuse(
                    "MAX_AGE", "the service is for ages up to " + service.maxAge() + "; resident is " + facts.age());
        }
        if (service.requiredGroup() != null && !facts.groups().contains(service.requiredGroup())) {
            return refuse("REQUIRED_GROUP", "the service is for the special group " + service.requiredGroup());
        }
        if (!service.areaCommunityIds().contains(facts.communityId())) {
            return refuse(
                    "SERVICE_AREA",
                    "the resident lives in community " + facts.communityId() + ", outside the service area "
                            + service.areaCommunityIds());
        }
        return Optional.empty();
    }

    /** The price for this resident: the subsidised tier for members of its group, else the standard one. */
    static int price_fen(OfferedService service, ResidentFacts facts) {
        Integer subsidised = service.priceSubsidised_fen();
        if (subsidised != null && facts.groups().contains(service.subsidisedGroup())) {
            return subsidised;
        }
        return service.priceStandard_fen();
    }

    private static Optional<Refusal> refuse(String rule, String detail) {
        return Optional.of(new Refusal(rule, detail));
    }
}
