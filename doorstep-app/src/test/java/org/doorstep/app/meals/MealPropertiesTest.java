package org.doorstep.app.meals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.AgeBand;
import org.junit.jupiter.api.Test;

class MealPropertiesTest {

    private final MealProperties rules = new MealProperties(
            List.of(
                    new SubsidyRule("AGE_80", 80, null, 300),
                    new SubsidyRule("SPECIAL_DIFFICULTY", null, SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, 500)),
            new DeliveryRule(80, List.of(SpecialGroup.DISABLED)),
            Map.of(Meal.LUNCH, LocalTime.of(9, 30)));

    private static ResidentFacts facts(int age, SpecialGroup... groups) {
        return new ResidentFacts(1, 2, 3, age, AgeBand.ofAge(age), Set.of(groups));
    }

    @Test
    void residentMeetingSeveralRulesGetsTheLargestSubsidy() {
        assertThat(rules.subsidyFor(facts(85, SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY)))
                .map(SubsidyRule::code)
                .hasValue("SPECIAL_DIFFICULTY");
        assertThat(rules.subsidyFor(facts(80))).map(SubsidyRule::code).hasValue("AGE_80");
        assertThat(rules.subsidyFor(facts(79))).isEmpty();
    }

    @Test
    void homeDeliveryIsForTheRulesAgeOrGroupsAndForNobodyWithoutARule() {
        assertThat(rules.delivery().allows(facts(80))).isTrue();
        assertThat(rules.delivery().allows(facts(40, SpecialGroup.DISABLED))).isTrue();
        assertThat(rules.delivery().allows(facts(79, SpecialGroup.LOW_INCOME))).isFalse();
        assertThat(rules.delivery().refusal()).contains("homeDelivery", "80", "DISABLED");
        MealProperties unset = new MealProperties(List.of(), null, Map.of());
        assertThat(unset.delivery().allows(facts(95, SpecialGroup.DISABLED))).isFalse();
    }

    @Test
    void deliveryEligibilityAndRefusalNameTheRulesTermsNotTheResidents() {
        DeliveryRule rule = rules.delivery();

        DeliveryEligibility refused = rule.eligibility(facts(rule.minAge() - 1, SpecialGroup.LOW_INCOME));
        DeliveryEligibility allowed = rule.eligibility(facts(rule.minAge()));

        assertThat(refused.allowed()).isFalse();
        assertThat(allowed.allowed()).isTrue();
        assertThat(refused.rule()).isEqualTo(DeliveryRule.CODE);
        assertThat(refused.minAge()).isEqualTo(rule.minAge());
        assertThat(refused.groups()).isEqualTo(rule.groups()).doesNotContain(SpecialGroup.LOW_INCOME);
        assertThat(rule.terms()).containsOnlyKeys("minAge", "groups").containsEntry("minAge", rule.minAge());
        assertThat(new DeliveryRule(null, List.of(SpecialGroup.DISABLED)).terms())
                .containsOnlyKeys("groups");
    }

    @Test
    void cutOffIsTheMealsTimeOfDayInChinaOrTheDaysStartWhereNoneIsSet() {
        LocalDate day = LocalDate.of(2025, 6, 16);

        // China is UTC+8 all year: 09:30 there is 01:30 UTC, midnight is 16:00 UTC the day before.
        assertThat(rules.cutOff(Meal.LUNCH, day)).isEqualTo(Instant.parse("2025-06-16T01:30:00Z"));
        assertThat(rules.cutOff(Meal.DINNER, day)).isEqualTo(Instant.parse("2025-06-15T16:00:00Z"));
    }
}
