package org.doorstep.app.meals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.registry.ResidentFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code doorstep.meals}: the subsidy rules (a resident who meets several gets the largest), who may have meals
 * brought home, and each meal's cut-off, the time of day in China after which the canteen has cooked for the orders
 * and none may be cancelled.
 */
@ConfigurationProperties("doorstep.meals")
record MealProperties(List<SubsidyRule> subsidies, @Nullable DeliveryRule delivery, Map<Meal, LocalTime> cutOffs) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    MealProperties {
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
        delivery = delivery == null ? new DeliveryRule(null, List.of()) : delivery;
        cutOffs = cutOffs == null || cutOffs.isEmpty() ? Map.of() : new EnumMap<>(cutOffs);
    }

    /** When orders of the meal on the day stop being cancellable: its cut-off, or the day's start where none is set. */
    Instant cutOff(Meal meal, LocalDate day) {
        return day.atTime(cutOffs.getOrDefault(meal, LocalTime.MIDNIGHT))
                .atZone(CHINA)
                .toInstant();
    }

    /** The rule that subsidises this resident most, if any; ties go to the rule listed first. */
    Optional<SubsidyRule> subsidyFor(ResidentFacts facts) {
        return subsidies.stream()
                .filter(rule -> rule.applies(facts))
                .max(Comparator.comparingInt(SubsidyRule::amount_fen));
    }
}
