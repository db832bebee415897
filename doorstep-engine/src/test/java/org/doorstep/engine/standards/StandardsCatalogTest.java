package org.doorstep.engine.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardsCatalogTest {

    private static final String HEADER = String.join("\t", StandardsParser.COLUMNS) + "\n";
    private static final StandardsCatalog NATIONAL = StandardsCatalog.nationalDefault();

    @Test
    void nationalDefaultHoldsTheLifeCircleDistances() {
        assertThat(NATIONAL.walkDistance_m(LifeCircleLevel.FIVE_MIN)).isEqualTo(300);
        assertThat(NATIONAL.walkDistance_m(LifeCircleLevel.TEN_MIN)).isEqualTo(500);
        assertThat(NATIONAL.walkDistance_m(LifeCircleLevel.FIFTEEN_MIN)).isEqualTo(1000);
        assertThat(NATIONAL.findRule("lc-15min").orElseThrow().minCount()).isEqualTo(800);
    }

    @Test
    void nationalDefaultHoldsTheAreaAndTargetNumbers() {
        assertThat(rule("f5-day-care").minArea_m2()).isEqualTo(350);
        assertThat(rule("f5-day-care").maxArea_m2()).isEqualTo(750);
        assertThat(rule("f5-health-station").minArea_m2()).isEqualTo(120);
        assertThat(rule("ec-complex-area").minArea_m2()).isEqualTo(600);
        assertThat(rule("ec-complex-area-preferred").minArea_m2()).isEqualTo(800);
        assertThat(rule("ec-complex-functions").minCount()).isEqualTo(3);
        assertThat(rule("ec-complex-priority").minCount()).isEqualTo(2);
        assertThat(rule("ec-area-30").targetValue()).isEqualTo(30);
        assertThat(rule("ec-area-80").targetValue()).isEqualTo(80);
        assertThat(rule("local-elderly-area-new").targetValue()).isEqualTo(30);
        assertThat(rule("local-elderly-area-old").targetValue()).isEqualTo(20);
        assertThat(rule("plan-meals").targetValue()).isEqualTo(80);
        assertThat(rule("plan-visits").targetValue()).isEqualTo(100);
        assertThat(rule("plan-childcare-places").targetValue()).isEqualTo(4.5);
        assertThat(rule("plan-childcare-places").confirmed()).isFalse();
        assertThat(rule("plan-workers").targetValue()).isEqualTo(18);
        assertThat(rule("plan-workers").per()).isEqualTo("10000 residents");
        assertThat(rule("sh-15min-coverage-2025").targetValue()).isEqualTo(85);
        assertThat(rule("sh-15min-coverage-2035").year()).isEqualTo(2035);
        assertThat(rule("ec-area-30").source()).isEqualTo("国办发〔2023〕121号");
    }

    @Test
    void everyFacilityRuleNamesAKnownCategoryAndASource() {
        for (StandardRule rule : NATIONAL.rules(RuleKind.FACILITY, LifeCircleLevel.FIVE_MIN)) {
            assertThat(rule.category()).as(rule.ruleId()).isPresent();
            assertThat(rule.source()).as(rule.ruleId()).isNotEmpty();
        }
    }

    @Test
    void errorsNameFileLineAndColumn() {
        String row = "r1\t1\tfacility\t5min\tmeals\tcanteen\tthree hundred\t\t\t\t\t\t\t\t\t\tsrc\tconfirmed\t\n";
        assertThatThrownBy(() -> load("# comment\n" + HEADER + row))
                .hasMessage("local.tsv:3:7 (walk_distance_m): 'three hundred' is not a number");
    }

    @Test
    void refusesUnknownCategoryLevelAndStatus() {
        String row = "r1\t1\tfacility\t5min\tbakery\tx\t\t\t\t\t\t\t\t\t\t\tsrc\tconfirmed\t\n";
        assertThatThrownBy(() -> load(HEADER + row)).hasMessageStartingWith("local.tsv:2:5 (category): unknown");
        String level = "r1\t1\tfacility\t7min\tmeals\tx\t\t\t\t\t\t\t\t\t\t\tsrc\tconfirmed\t\n";
        assertThatThrownBy(() -> load(HEADER + level)).hasMessageStartingWith("local.tsv:2:4 (level): unknown level");
        String status = "r1\t1\tfacility\t5min\tmeals\tx\t\t\t\t\t\t\t\t\t\t\tsrc\tmaybe\t\n";
        assertThatThrownBy(() -> load(HEADER + status)).hasMessageContaining("(status)");
    }

    @Test
    void refusesDuplicateIdsAndMissingColumns() {
        String row = "r1\t1\ttarget\tcity\tmeals\tx\t\t\t\t\t\t\t\t80\t%\t\tsrc\tconfirmed\t\n";
        assertThatThrownBy(() -> load(HEADER + row + row))
                .hasMessage("local.tsv:3:1 (rule_id): duplicate rule_id 'r1'");
        assertThatThrownBy(() -> load("rule_id\tversion\n")).hasMessageContaining("header lacks column 'kind'");
    }

    @Test
    void aLocalVariantReplacesTheDefault() {
        String row =
                "lc-5min\tsh-2024\tlevel\t5min\tcomprehensive\t5-minute circle\t400\t\t\t\t\t\t\t\t\t\tlocal\tconfirmed\t\n";
        StandardsCatalog local = load(HEADER + row);
        assertThat(local.walkDistance_m(LifeCircleLevel.FIVE_MIN)).isEqualTo(400);
        assertThat(local.rules()).hasSize(1);
    }

    private static StandardRule rule(String id) {
        return NATIONAL.findRule(id).orElseThrow();
    }

    private static StandardsCatalog load(String text) {
        return StandardsCatalog.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "local.tsv");
    }
}
