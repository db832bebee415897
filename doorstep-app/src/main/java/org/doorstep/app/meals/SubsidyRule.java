package org.doorstep.app.meals;

import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * A meal subsidy: residents of at least {@code minAge}, or of {@code group}, get {@code amount_fen} off a meal. A rule
 * names one condition; set the other null.
 */
record SubsidyRule(String code, @Nullable Integer minAge, @Nullable SpecialGroup group, int amount_fen) {

    boolean applies(ResidentFacts facts) {
        return (minAge != null && facts.age() >= minAge)
                || (group != null && facts.groups().contains(group));
    }
}
