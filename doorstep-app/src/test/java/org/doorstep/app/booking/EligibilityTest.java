package org.doorstep.app.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.category.AgeBand;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final Instant NOW = Instant.parse("2025-06-15T02:00:00Z");
    private static final Instant TOMORROW = NOW.plusSeconds(86_400);

    private static OfferedService service(Integer minAge, Integer maxAge, SpecialGroup required) {
        return new OfferedService(
                1,
                2,
                ServiceKind.DAY_CARE,
                "s",
                1000,
                400,
                SpecialGroup.LOW_INCOME,
                minAge,
                maxAge,
                required,
                List.of(7L),
                false);
    }

    private static ResidentFacts facts(int age, long community, SpecialGroup... groups) {
        return new ResidentFacts(9, 8, community, age, AgeBand.ofAge(age), Set.of(groups));
    }

    @Test
    void refusesNamingTheFirstRuleBroken() {
        assertThat(Eligibility.check(service(60, null, null), NOW, facts(70, 7), NOW))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("SESSION_STARTED"));
        assertThat(Eligibility.check(service(60, null, null), TOMORROW, facts(59, 7), NOW))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("MIN_AGE"));
        assertThat(Eligibility.check(service(null, 2, null), TOMORROW, facts(3, 7), NOW))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("MAX_AGE"));
        assertThat(Eligibility.check(service(null, null, SpecialGroup.DISABLED), TOMORROW, facts(40, 7), NOW))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("REQUIRED_GROUP"));
        assertThat(Eligibility.check(service(null, null, null), TOMORROW, facts(40, 6), NOW))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("SERVICE_AREA"));
    }

    @Test
    void acceptsAtTheAgeBoundsInsideTheArea() {
        assertThat(Eligibility.check(service(60, 60, null), TOMORROW, facts(60, 7), NOW))
                .isEmpty();
    }

    @Test
    void subsidisedGroupPaysTheSubsidisedPrice() {
        assertThat(Eligibility.price_fen(service(null, null, null), facts(40, 7, SpecialGroup.LOW_INCOME)))
                .isEqualTo(400);
        assertThat(Eligibility.price_fen(service(null, null, null), facts(40, 7)))
                .isEqualTo(1000);
    }
}
