package org.doorstep.app.meals;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.registry.ResidentFacts;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code doorstep.meals.subsidies}: the subsidy rules; a resident who meets several gets the largest. */
@ConfigurationProperties("doorstep.meals")
record MealProperties(List<SubsidyRule> subsidies) {

    MealProperties {
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
    }

    /** The rule that subsidises this resident most, if any; ties go to the rule listed first. */
    Optional<SubsidyRule> subsidyFor(ResidentFacts facts) {
        return subsidies.stream()
                .filter(rule -> rule.applies(facts))
                .max(Comparator.comparingInt(SubsidyRule::amount_fen));
    }
}
