package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.NewBuilding;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Creating, changing and deleting households and residents: checked, scoped and audited. */
class RegistryWritesIT extends RegistryTestSupport {

    private static final LocalDate BORN = TestClock.TODAY.minusYears(66);

    @Test
    void createsChangesAndDeletesAResidentAuditingEachStep() throws Exception {
        long household = createHousehold(world.communityA, "W-1");
        String id = TestIdNumbers.next(BORN, Sex.FEMALE);
        String created = send(post("/api/registry/residents"), workerA, resident(household, id, "13800001111"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/registry/residents/")))
                .andExpect(jsonPath("$.phone").value("138****1111"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long residentId = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(audited("CREATE", "resident", residentId)).isEqualTo(1);

        send(put("/api/registry/residents/" + residentId), workerA, resident(household, id, "13800002222"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("138****2222"));
        assertThat(jdbc.sql("select fields from audit_log where action = 'UPDATE' and subject_id = ?")
                        .param(Long.toString(residentId))
                        .query(String.class)
                        .single())
                .isEqualTo("phone");

        mvc.perform(delete("/api/registry/households/" + household)
                        .with(as(workerA))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/registry/residents/" + residentId)
                        .with(as(workerA))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(audited("DELETE", "resident", residentId)).isEqualTo(1);
        mvc.perform(get("/api/registry/residents/" + residentId).with(as(workerA)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/households/" + household)
                        .with(as(workerA))
                        .with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void namesEveryFaultOfAnEntry() throws Exception {
        long household = createHousehold(world.communityA, "W-2");
        String bornLater = TestIdNumbers.next(BORN.plusDays(1), Sex.FEMALE);
        String body = "{\"householdId\": %d, \"name\": \"\", \"idNumber\": \"%s\", \"phone\": \"12345\","
                        .formatted(household, bornLater)
                + " \"birthDate\": \"%s\", \"sex\": \"FEMALE\", \"groups\": [\"ELDERLY_SPECIAL_DIFFICULTY\"]}"
                        .formatted(BORN);
        String problems = send(post("/api/registry/residents"), workerA, body)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> fields = JsonPath.read(problems, "$.problems[*].field");
        assertThat(fields).containsExactly("name", "birth_date", "phone", "difficulty_kind");
    }

    @Test
    void refusesASecondResidentWithTheSameIdNumber() throws Exception {
        long household = createHousehold(world.communityA, "W-3");
        String id = TestIdNumbers.next(BORN, Sex.FEMALE);
        send(post("/api/registry/residents"), workerA, resident(household, id, null))
                .andExpect(status().isCreated());
        long residents = count("resident");
        // The same person again, in another community and written with spaces: still the same ID number.
        long other = createHousehold(world.communityB, "W-3", workerB);
        String spaced = id.substring(0, 6) + " " + id.substring(6);
        send(post("/api/registry/residents"), workerB, resident(other, spaced, null))
                .andExpect(status().isConflict());
        assertThat(count("resident")).isEqualTo(residents);
    }

    @Test
    void keepsWritesInsideTheScope() throws Exception {
        long inB = createHousehold(world.communityB, "W-4", workerB);
        String id = TestIdNumbers.next(BORN, Sex.FEMALE);
        send(post("/api/registry/residents"), workerA, resident(inB, id, null)).andExpect(status().isNotFound());
        send(post("/api/registry/households"), workerA, household(world.communityB, "W-5", null))
                .andExpect(status().isNotFound());
        send(put("/api/registry/households/" + inB), workerA, household(world.communityA, "W-4", null))
                .andExpect(status().isNotFound());
        send(post("/api/registry/households"), planner, household(world.communityA, "W-6", null))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHouseholdsBuildingMustLieInItsCommunity() throws Exception {
        long building = places.addBuildings(List.of(new NewBuilding(
                        world.communityB, null, null, "乙1栋", null, 118.78, 32.04, null, 6, false, 1990, 3000.0)))
                .get(0);
        send(post("/api/registry/households"), workerA, household(world.communityA, "W-7", building))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("building_id"));
        send(post("/api/registry/households"), workerB, household(world.communityB, "W-7", building))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.buildingId").value(building));
    }

    private long createHousehold(long community, String ref) throws Exception {
        return createHousehold(community, ref, workerA);
    }

    private long createHousehold(long community, String ref, AccessScope scope) throws Exception {
        String body = send(post("/api/registry/households"), scope, household(community, ref, null))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static String household(long community, String ref, Long building) {
        return "{\"communityId\": %d, \"buildingId\": %s, \"ref\": \"%s\", \"address\": \"和平路8号\", \"unit\": \"2-301\"}"
                .formatted(community, building, ref);
    }

    private static String resident(long household, String idNumber, String phone) {
        return ("{\"householdId\": %d, \"name\": \"郑好\", \"idNumber\": \"%s\", \"phone\": %s, \"birthDate\": \"%s\","
                        + " \"sex\": \"FEMALE\", \"groups\": [\"LOW_INCOME\"]}")
                .formatted(household, idNumber, phone == null ? "null" : "\"" + phone + "\"", BORN);
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            AccessScope scope,
            String json)
            throws Exception {
        return mvc.perform(request.with(as(scope))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
