package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.place.Places;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The system-level API that the seeder, the OSM import and planning call. */
@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityServiceIT {

    @Autowired
    FacilityService service;

    @Autowired
    Places places;

    @Autowired
    FacilityTypes types;

    @Autowired
    JdbcClient jdbc;

    FacilityFixture at;

    @BeforeAll
    void places() {
        at = new FacilityFixture(places, "97");
    }

    private int facilities() {
        return jdbc.sql("select count(*) from facility").query(Integer.class).single();
    }

    @Test
    void listsTheOpenFacilitiesOfTheCommunitiesAskedFor() {
        NewFacility planned = new NewFacility(
                ServiceCategory.CHILDCARE,
                "nursery",
                "未开托育",
                at.communityA,
                null,
                118.8,
                32.0,
                200.0,
                List.of(),
                null,
                FacilityStatus.PLANNED,
                OperatingModel.GOVERNMENT,
                null,
                null);
        List<Long> ids = service.addFacilities(List.of(
                FacilityFixture.dayCare("甲日照", at.communityA, OperatingModel.GOVERNMENT, null),
                planned,
                FacilityFixture.dayCare("乙日照", at.communityB, OperatingModel.GOVERNMENT, null)));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();

        List<FacilitySupply> supply = service.listOpenFacilities(List.of(at.communityA));
        assertThat(supply).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(ids.get(0));
            assertThat(s.category()).isEqualTo(ServiceCategory.ELDERLY_CARE);
            assertThat(s.typeCode()).isEqualTo("day_care_centre");
            assertThat(s.floorArea_m2()).isEqualTo(300.0);
            assertThat(s.capacity()).containsExactly(new ServiceCapacity("day_care", 40));
            assertThat(s.communityId()).isEqualTo(at.communityA);
        });
        assertThat(service.listOpenFacilities(List.of(at.communityA, at.communityB)))
                .extracting(FacilitySupply::id)
                .containsExactly(ids.get(0), ids.get(2));
        assertThat(service.listOpenFacilities(List.of())).isEmpty();
    }

    @Test
    void aBadFacilityRefusesTheWholeBatch() {
        int before = facilities();
        NewFacility good = FacilityFixture.dayCare("好站", at.communityB, OperatingModel.GOVERNMENT, null);
        NewFacility wrongType = new NewFacility(
                ServiceCategory.HEALTH,
                "canteen",
                "错站",
                at.communityB,
                null,
                118.8,
                32.0,
                null,
                List.of(),
                "9am-5pm",
                FacilityStatus.OPEN,
                OperatingModel.GOVERNMENT,
                null,
                null);
        assertThatThrownBy(() -> service.addFacilities(List.of(good, wrongType)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facility 1 ('错站')")
                .hasMessageContaining("typeCode: type canteen belongs to category meals")
                .hasMessageContaining("openingHours");
        assertThatThrownBy(() -> service.addFacilities(List.of(good, good)))
                .hasMessageContaining("facility 1")
                .hasMessageContaining("already has a facility named '好站'");
        assertThat(facilities()).isEqualTo(before);
    }

    @Test
    void operatorsAndCandidateSitesAreChecked() {
        assertThatThrownBy(() -> service.addOperator(
                        new NewOperator("坏代码", null, "91350100M000100Y44", List.of(), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creditCode: check character");
        long id = service.addOperator(FacilityFixture.operator("好运营", 9701));
        assertThat(id).isPositive();

        NewCandidateSite site = new NewCandidateSite(
                at.communityA, 118.8, 32.0, "空置门面", 90.0, null, 20000.0, SiteAvailability.AVAILABLE, null, null);
        NewCandidateSite free = new NewCandidateSite(
                at.communityA, 118.8, 32.0, "零成本", 90.0, null, 0.0, SiteAvailability.AVAILABLE, null, null);
        assertThatThrownBy(() -> service.addCandidateSites(List.of(site, free)))
                .hasMessageContaining("candidate site 1 ('零成本')")
                .hasMessageContaining("conversionCost_yuan");
        assertThat(service.addCandidateSites(List.of(site))).hasSize(1);
        assertThat(service.listCandidateSites(at.district))
                .extracting(CandidateSite::address)
                .contains("空置门面");
    }

    @Test
    void everyServiceCategoryHasTypesAndEveryTypeAKnownCategory() {
        Set<String> categories =
                types.list().stream().map(FacilityType::category).collect(Collectors.toSet());
        Set<String> codes = Arrays.stream(ServiceCategory.values())
                .map(ServiceCategory::code)
                .collect(Collectors.toSet());
        assertThat(categories).isEqualTo(codes);
    }
}
