package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.doorstep.app.TestClock;
import org.doorstep.engine.category.AgeBand;
import org.junit.jupiter.api.Test;

/** The registry's public service: the bulk load, facts for eligibility checks and population counts. */
class RegistryServiceIT extends RegistryTestSupport {

    @Test
    void addsHouseholdsWithTheirMembersAndCountsThem() {
        NewResident baby = RegistryWorld.resident("小明", TestClock.TODAY.minusMonths(8), Sex.MALE);
        NewResident mother = RegistryWorld.resident(
                "李梅", TestClock.TODAY.minusYears(31), Sex.FEMALE, Set.of(SpecialGroup.DISABLED), null);
        NewResident elder = RegistryWorld.resident(
                "李老",
                TestClock.TODAY.minusYears(81),
                Sex.MALE,
                Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, SpecialGroup.LOW_INCOME),
                "高龄独居");
        List<NewHousehold> input = List.of(
                new NewHousehold(world.communityC, null, "丙路1号", List.of(baby, mother)),
                new NewHousehold(world.communityC, null, "丙路2号", List.of(elder)));

        List<Long> ids = registry.addHouseholds(input);

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from resident where household_id = ?")
                        .param(ids.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        CommunityPopulation c =
                registry.populationByCommunity(List.of(world.communityC)).get(0);
        assertThat(c.households()).isEqualTo(2);
        assertThat(c.residents()).isEqualTo(3);
        assertThat(c.residentsByAgeBand())
                .containsEntry(AgeBand.AGE_0_2, 1L)
                .containsEntry(AgeBand.AGE_15_59, 1L)
                .containsEntry(AgeBand.AGE_80_PLUS, 1L)
                .containsEntry(AgeBand.AGE_60_79, 0L);
        assertThat(c.residentsByGroup())
                .containsEntry(SpecialGroup.INFANT_UNDER_3, 1L)
                .containsEntry(SpecialGroup.DISABLED, 1L)
                .containsEntry(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, 1L)
                .containsEntry(SpecialGroup.LOW_INCOME, 1L)
                .containsEntry(SpecialGroup.ELDERLY_LIVING_ALONE, 0L);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'system:bulk-load' and detail = ?")
                        .param("2 households with 3 residents")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesABulkLoadWithAnyFaultAndWritesNothing() {
        NewResident good = RegistryWorld.resident("好人", TestClock.TODAY.minusYears(40), Sex.MALE);
        String id = TestIdNumbers.next(TestClock.TODAY.minusYears(40), Sex.FEMALE);
        NewResident twin = new NewResident("双胞胎", id, null, TestClock.TODAY.minusYears(40), Sex.FEMALE, Set.of(), null);
        NewResident young = RegistryWorld.resident(
                "年轻人", TestClock.TODAY.minusYears(20), Sex.MALE, Set.of(SpecialGroup.ELDERLY_LIVING_ALONE), null);
        List<NewHousehold> input = List.of(
                new NewHousehold(world.communityA, null, "甲路9号", List.of(good, twin, young)),
                new NewHousehold(world.street1, null, "不是社区", List.of(twin)));
        List<Long> before = List.of(count("household"), count("resident"));

        assertThatThrownBy(() -> registry.addHouseholds(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("household 0, member 2, groups: ELDERLY_LIVING_ALONE needs an age of 60")
                .hasMessageContaining("household 1: no community " + world.street1)
                .hasMessageContaining("household 1, member 0, id_number: the same ID number as household 0, member 1");
        assertThat(List.of(count("household"), count("resident"))).isEqualTo(before);
    }

    @Test
    void factsTellAgeAndGroupsInsideTheScope() {
        NewResident baby = RegistryWorld.resident("宝宝", TestClock.TODAY.minusYears(2), Sex.FEMALE);
        long household = registry.addHouseholds(
                        List.of(new NewHousehold(world.communityB, null, "乙路3号", List.of(baby))))
                .get(0);
        long resident = jdbc.sql("select id from resident where household_id = ?")
                .param(household)
                .query(Long.class)
                .single();

        assertThat(registry.findResidentFacts(workerB, resident))
                .contains(new ResidentFacts(
                        resident,
                        household,
                        world.communityB,
                        2,
                        AgeBand.AGE_0_2,
                        Set.of(SpecialGroup.INFANT_UNDER_3)));
        assertThat(registry.findResidentFacts(workerA, resident)).isEmpty();
        assertThat(registry.findResidentFacts(workerB, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void populationIsInTheOrderAskedWithZerosForEmptyCommunities() {
        RegistryWorld other = new RegistryWorld(places);
        registry.addHouseholds(RegistryWorld.adults(other.communityB, 3, TestClock.TODAY));
        List<CommunityPopulation> population =
                registry.populationByCommunity(List.of(other.communityB, other.communityA));
        assertThat(population)
                .extracting(CommunityPopulation::communityId)
                .containsExactly(other.communityB, other.communityA);
        assertThat(population.get(0).residentsByAgeBand()).containsEntry(AgeBand.AGE_15_59, 3L);
        assertThat(population.get(1).residents()).isZero();
        assertThat(population.get(1).residentsByAgeBand())
                .hasSize(AgeBand.values().length)
                .containsValue(0L);
    }
}
