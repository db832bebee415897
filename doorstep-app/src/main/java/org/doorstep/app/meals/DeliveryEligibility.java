package org.doorstep.app.meals;

import java.util.List;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * Whether a resident may have meals brought home, and the terms of the rule that decides ({@code HOME_DELIVERY}):
 * residents of at least {@code minAge} (null where the rule sets no age) or of one of {@code groups}. Nothing of the
 * resident's own age or groups.
 */
record DeliveryEligibility(
        long residentId, boolean allowed, String rule, @Nullable Integer minAge, List<SpecialGroup> groups) {}
