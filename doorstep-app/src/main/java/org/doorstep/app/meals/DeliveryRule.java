package org.doorstep.app.meals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * Who may have meals brought home, from the registry: those who cannot be expected to walk to the canteen, residents
 * of at least {@code minAge} or of one of {@code groups}. Without either set, nobody may.
 */
record DeliveryRule(@Nullable Integer minAge, List<SpecialGroup> groups) {

    /** The rule's code, as refusals and eligibility answers name it. */
    static final String CODE = "HOME_DELIVERY";

    DeliveryRule {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    boolean allows(ResidentFacts facts) {
        return (minAge != null && facts.age() >= minAge) || groups.stream().anyMatch(facts.groups()::contains);
    }

    /** Whether the resident may have meals brought home, with the rule's terms (not the resident's age or groups). */
    DeliveryEligibility eligibility(ResidentFacts facts) {
        return new DeliveryEligibility(facts.residentId(), allows(facts), CODE, minAge, groups);
    }

    /** The rule's terms for a refusal's problem detail: {@code minAge} where set, and {@code groups}. */
    Map<String, Object> terms() {
        Map<String, Object> terms = new LinkedHashMap<>();
        if (minAge != null) {
            terms.put("minAge", minAge);
        }
        terms.put("groups", groups);
        return terms;
    }

    /** Why a resident outside the rule is refused, naming the rule. */
    String refusal() {
        return "homeDelivery: meals are brought home only for residents"
                + (minAge == null ? "" : " aged " + minAge + " or over")
                + (minAge == null || groups.isEmpty() ? "" : " or")
                + (groups.isEmpty() ? "" : " in the groups " + groups)
                + (minAge == null && groups.isEmpty() ? " (no rule is set)" : "");
    }
}
