package org.doorstep.app.meals;

import java.util.List;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * Who may have meals brought home, from the registry: those who cannot be expected to walk to the canteen, residents
 * of at least {@code minAge} or of one of {@code groups}. Without either set, nobody may.
 */
record DeliveryRule(@Nullable Integer minAge, List<SpecialGroup> groups) {

    DeliveryRule {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    boolean allows(ResidentFacts facts) {
        return (minAge != null && facts.age() >= minAge) || groups.stream().anyMatch(facts.groups()::contains);
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
