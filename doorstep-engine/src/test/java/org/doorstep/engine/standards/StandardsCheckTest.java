package org.doorstep.engine.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.standards.RuleCheck.Outcome;
import org.junit.jupiter.api.Test;

class StandardsCheckTest {

    private static final StandardsCheck CHECK = new StandardsCheck(StandardsCatalog.nationalDefault(), 0.5);

    @Test
    void dayCareWithinThreeHundredMetresAndLargeEnoughPasses() {
        // 60 % of households within 300 m of a 400 m2 day-care centre: 400 >= 350 and 0.6 >= 0.5.
        CommunityEvidence evidence = CommunityEvidence.builder(2_000, 300, 500, 1000)
                .addFacility(7, ServiceCategory.ELDERLY_CARE, LifeCircleLevel.FIVE_MIN, 400, true, 0.6, 0.9, 1)
                .build();
        RuleCheck check = find(CHECK.check(evidence, LifeCircleLevel.FIVE_MIN), "f5-day-care");
        assertThat(check.outcome()).isEqualTo(Outcome.PASS);
        assertThat(check.facilityId()).isEqualTo(7);
        assertThat(check.share()).isEqualTo(0.6);
        assertThat(check.required()).isEqualTo(350);
        assertThat(check.distance_m()).isEqualTo(300);
    }

    @Test
    void tooSmallOrTooFarFails() {
        CommunityEvidence small = CommunityEvidence.builder(2_000, 300, 500, 1000)
                .addFacility(1, ServiceCategory.ELDERLY_CARE, null, 200, true, 0.9, 1, 1)
                .build();
        RuleCheck check = find(CHECK.check(small, LifeCircleLevel.FIVE_MIN), "f5-day-care");
        assertThat(check.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(check.reason()).contains("smaller than 350 m2");
        CommunityEvidence far = CommunityEvidence.builder(2_000, 300, 500, 1000)
                .addFacility(2, ServiceCategory.ELDERLY_CARE, null, 500, true, 0.2, 0.7, 1)
                .build();
        assertThat(find(CHECK.check(far, LifeCircleLevel.FIVE_MIN), "f5-day-care")
                        .reason())
                .isEqualTo("best facility 2 reaches 20 % of households within 300 m, 50 % asked");
    }

    @Test
    void aFifteenMinuteFacilityNeverCountsTowardTheFiveMinuteSet() {
        // A 1,800 m2 health centre next door is a 15-minute facility: it passes f15 and does not pass f5.
        CommunityEvidence evidence = CommunityEvidence.builder(2_000, 300, 500, 1000)
                .addFacility(3, ServiceCategory.HEALTH, LifeCircleLevel.FIFTEEN_MIN, 1_800, true, 1, 1, 1)
                .build();
        assertThat(find(CHECK.check(evidence, LifeCircleLevel.FIFTEEN_MIN), "f15-health-centre")
                        .outcome())
                .isEqualTo(Outcome.PASS);
        RuleCheck fiveMinute = find(CHECK.check(evidence, LifeCircleLevel.FIVE_MIN), "f5-health-station");
        assertThat(fiveMinute.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fiveMinute.facilityId()).isEqualTo(-1);
    }

    @Test
    void checksOnlyTheAskedLevel() {
        CommunityEvidence evidence =
                CommunityEvidence.builder(100, 300, 500, 1000).build();
        assertThat(CHECK.check(evidence, LifeCircleLevel.TEN_MIN))
                .extracting(c -> c.rule().level())
                .containsOnly(LifeCircleLevel.TEN_MIN);
    }

    @Test
    void comprehensiveAreaPerHundredHouseholds() {
        // 2,500 households, service centres of 600 and 300 m2 inside, one of 900 m2 outside: (600 + 300) / 25 = 36.
        CommunityEvidence evidence = CommunityEvidence.builder(2_500, 300, 500, 1000)
                .addFacility(1, ServiceCategory.SERVICE_CENTRE, null, 600, true, 0.4, 0.8, 1)
                .addFacility(2, ServiceCategory.SERVICE_CENTRE, null, 300, true, 0.1, 0.3, 1)
                .addFacility(3, ServiceCategory.SERVICE_CENTRE, null, 900, false, 0.5, 1, 1)
                .build();
        double expected = (600 + 300) / (2_500 / 100.0);
        assertThat(StandardsCheck.comprehensiveArea_m2Per100Households(evidence))
                .isEqualTo(expected);
        List<RuleCheck> community = CHECK.check(evidence, LifeCircleLevel.COMMUNITY);
        assertThat(find(community, "ec-area-30").outcome()).isEqualTo(Outcome.PASS);
        assertThat(find(community, "ec-area-30").value()).isEqualTo(expected);
        assertThat(find(community, "ec-area-80").outcome()).isEqualTo(Outcome.FAIL);
        // the complex: facility 3 (900 m2) reaches all households within 500 m and is at least 600 and 800 m2
        assertThat(find(community, "ec-complex-area").facilityId()).isEqualTo(3);
        assertThat(find(community, "ec-complex-area-preferred").outcome()).isEqualTo(Outcome.PASS);
        assertThat(find(community, "ec-complex-functions").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void elderlyAreaRulesUseElderlyCareFacilitiesOnly() {
        // 1,000 households and 250 m2 of elderly care inside: 25 per 100 households, above 20 (old) below 30 (new).
        CommunityEvidence evidence = CommunityEvidence.builder(1_000, 300, 500, 1000)
                .addFacility(1, ServiceCategory.ELDERLY_CARE, null, 250, true, 1, 1, 1)
                .build();
        List<RuleCheck> community = CHECK.check(evidence, LifeCircleLevel.COMMUNITY);
        assertThat(find(community, "local-elderly-area-new").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(find(community, "local-elderly-area-old").outcome()).isEqualTo(Outcome.PASS);
        assertThat(find(community, "ec-area-30").value()).isZero();
        assertThat(find(community, "plan-elderly-land").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void noHouseholdsMakesAreaRulesNotApplicable() {
        CommunityEvidence empty = CommunityEvidence.builder(0, 300, 500, 1000).build();
        assertThat(find(CHECK.check(empty, LifeCircleLevel.COMMUNITY), "ec-area-30")
                        .outcome())
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }

    private static RuleCheck find(List<RuleCheck> checks, String ruleId) {
        return checks.stream()
                .filter(c -> c.rule().ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow();
    }
}
