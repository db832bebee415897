package org.doorstep.app.meals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.AgeBand;
import org.junit.jupiter.api.Test;

class MealPropertiesTest {

    private final MealProperties rules = new MealProperties(List.of(
            new SubsidyRule("AGE_80", 80, null, 300),
            new SubsidyRule("SPECIAL_DIFFICULTY", null, SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, 500)));

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
}
