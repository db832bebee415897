package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doorstep.app.TestClock;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;

/** Who sees whom: workers their communities, officers their streets, residents their household, planners counts. */
class RegistryScopeIT extends RegistryTestSupport {

    private NewResident inB;
    private long householdA;
    private long householdB;
    private long residentA;
    private long residentB;

    @BeforeAll
    void registerOneFamilyPerCommunityAndCountsInC() {
        NewResident inA = RegistryWorld.resident("陈一", TestClock.TODAY.minusYears(40), Sex.MALE);
        inB = RegistryWorld.resident("林二", TestClock.TODAY.minusYears(41), Sex.FEMALE);
        List<Long> ids = registry.addHouseholds(List.of(
                new NewHousehold(world.communityA, null, "甲路1号", List.of(inA)),
                new NewHousehold(world.communityB, null, "乙路1号", List.of(inB))));
        householdA = ids.get(0);
        householdB = ids.get(1);
        residentA = residentOf(householdA);
        residentB = residentOf(householdB);
        registry.addHouseholds(communityC());
    }

    /** Community C: 6 adults of 30 alone, one with an infant of 1; a couple of 85, one with special difficulties. */
    private List<NewHousehold> communityC() {
        List<NewHousehold> households = new ArrayList<>(RegistryWorld.adults(world.communityC, 5, TestClock.TODAY));
        households.add(new NewHousehold(
                world.communityC,
                null,
                "丙路6号",
                List.of(
                        RegistryWorld.resident("周母", TestClock.TODAY.minusYears(30), Sex.FEMALE),
                        RegistryWorld.resident("周宝", TestClock.TODAY.minusYears(1), Sex.MALE))));
        households.add(new NewHousehold(
                world.communityC,
                null,
                "丙路7号",
                List.of(
                        RegistryWorld.resident(
                                "吴老",
                                TestClock.TODAY.minusYears(85),
                                Sex.MALE,
                                Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY),
                                "高龄"),
                        RegistryWorld.resident("吴婆", TestClock.TODAY.minusYears(85), Sex.FEMALE))));
        return households;
    }

    private long residentOf(long household) {
        return jdbc.sql("select id from resident where household_id = ?")
                .param(household)
                .query(Long.class)
                .single();
    }

    @Test
    void aWorkerOfASeesNothingOfB() throws Exception {
        mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityB))
                        .with(as(workerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/registry/residents/" + residentB).with(as(workerA)))
                .andExpect(status().isNotFound());
        mvc.perform(reveal(residentB, workerA)).andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityB))
                        .with(as(workerA)))
                .andExpect(status().isNotFound());
        mvc.perform(lookUp(inB.idNumber(), workerA)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/residents/" + residentB)
                        .with(as(workerA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/households/" + householdB).with(as(workerA)))
                .andExpect(status().isNotFound());
        assertThat(registry.findResidentFacts(workerA, residentB)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'worker-a' and subject_id = ?")
                        .param(Long.toString(residentB))
                        .query(Long.class)
                        .single())
                .as("nothing was shown, so nothing was audited")
                .isZero();
        // The resident is still there for its own worker.
        mvc.perform(lookUp(inB.idNumber(), workerB)).andExpect(status().isOk());
    }

    @Test
    void aStreetOfficerSeesTheStreetsCommunitiesOnly() throws Exception {
        mvc.perform(get("/api/registry/residents/" + residentA).with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/residents/" + residentB).with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityC))
                        .with(as(officer)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aResidentSeesOnlyTheirOwnHousehold() throws Exception {
        AccessScope family = TestPrincipals.householdScope("family-a", householdA);
        mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityA))
                        .with(as(family)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(residentA));
        mvc.perform(get("/api/registry/residents/" + residentB).with(as(family)))
                .andExpect(status().isNotFound());
        mvc.perform(reveal(residentA, family)).andExpect(status().isForbidden());
    }

    @Test
    void aPlannerIsRefusedIndividuals() throws Exception {
        mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityA))
                        .with(as(planner)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("role PLANNER does not see individual residents"));
        mvc.perform(get("/api/registry/residents/" + residentA).with(as(planner)))
                .andExpect(status().isForbidden());
        mvc.perform(lookUp(inB.idNumber(), planner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityA))
                        .with(as(planner)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/households")
                        .param("community", Long.toString(world.communityA))
                        .with(as(planner)))
                .andExpect(status().isForbidden());
        AccessScope operator = TestPrincipals.placeScope("operator", Role.OPERATOR, world.district);
        assertThatThrownBy(() -> registry.findResidentFacts(operator, residentA))
                .isInstanceOf(ScopeDeniedException.class);
    }

    @Test
    void aPlannerGetsCountsWithSmallOnesSuppressed() throws Exception {
        mvc.perform(get("/api/registry/aggregates")
                        .param("place", Long.toString(world.district))
                        .with(as(planner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressedBelow").value(5))
                .andExpect(jsonPath("$.communities.length()").value(3))
                .andExpect(jsonPath("$.communities[0].communityId").value(world.communityA))
                .andExpect(jsonPath("$.communities[0].residents.suppressed").value(true))
                .andExpect(jsonPath("$.communities[0].residents.value").isEmpty())
                .andExpect(jsonPath("$.communities[0].residents.display").value("<5"))
                .andExpect(jsonPath("$.communities[2].code").value(world.codeC))
                // C: 7 households, 9 residents, 6 of them 15-59; an infant, two over 80, one with difficulties.
                .andExpect(jsonPath("$.communities[2].households.value").value(7))
                .andExpect(jsonPath("$.communities[2].residents.value").value(9))
                .andExpect(jsonPath("$.communities[2].residentsByAgeBand.AGE_15_59.value")
                        .value(6))
                .andExpect(jsonPath("$.communities[2].residentsByAgeBand.AGE_80_PLUS.display")
                        .value("<5"))
                .andExpect(jsonPath("$.communities[2].residentsByAgeBand.AGE_0_2.suppressed")
                        .value(true))
                .andExpect(jsonPath("$.communities[2].residentsByGroup.INFANT_UNDER_3.suppressed")
                        .value(true))
                .andExpect(jsonPath("$.communities[2].residentsByGroup.ELDERLY_SPECIAL_DIFFICULTY.display")
                        .value("<5"));
    }

    @Test
    void aggregatesKeepToTheScope() throws Exception {
        AccessScope streetPlanner = TestPrincipals.placeScope("planner-s2", Role.PLANNER, world.street2);
        mvc.perform(get("/api/registry/aggregates")
                        .param("place", Long.toString(world.district))
                        .with(as(streetPlanner)))
                .andExpect(jsonPath("$.communities.length()").value(1))
                .andExpect(jsonPath("$.communities[0].communityId").value(world.communityC));
        mvc.perform(get("/api/registry/aggregates")
                        .param("place", Long.toString(world.communityB))
                        .with(as(workerA)))
                .andExpect(status().isNotFound());
    }

    private static RequestBuilder reveal(long id, AccessScope scope) {
        return post("/api/registry/residents/" + id + "/reveal")
                .with(as(scope))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"checking the register\"}");
    }

    private static RequestBuilder lookUp(String idNumber, AccessScope scope) {
        return post("/api/registry/residents/lookup")
                .with(as(scope))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\": \"" + idNumber + "\"}");
    }
}
