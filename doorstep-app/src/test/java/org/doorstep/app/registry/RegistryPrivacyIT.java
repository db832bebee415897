package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.TestClock;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Personal data at rest, on screen and in files: encrypted, masked, revealed only with a reason, always audited. */
class RegistryPrivacyIT extends RegistryTestSupport {

    private NewResident elder;
    private NewResident daughter;
    private long household;
    private long elderId;
    private long daughterId;

    @BeforeAll
    void registerAFamily() {
        elder = RegistryWorld.resident(
                "张三丰",
                TestClock.TODAY.minusYears(85),
                Sex.MALE,
                Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, SpecialGroup.ELDERLY_LIVING_ALONE),
                "失能老人");
        daughter = RegistryWorld.resident("张丽", TestClock.TODAY.minusYears(50), Sex.FEMALE);
        household = registry.addHouseholds(
                        List.of(new NewHousehold(world.communityA, null, "幸福路1号", List.of(elder, daughter))))
                .get(0);
        List<Long> ids = jdbc.sql("select id from resident where household_id = ? order by id")
                .param(household)
                .query(Long.class)
                .list();
        elderId = ids.get(0);
        daughterId = ids.get(1);
    }

    @Test
    void noTableHoldsAPlainIdNumberPhoneOrHealthNote() throws Exception {
        String notes = "糖尿病，每日胰岛素";
        String id = TestIdNumbers.next(TestClock.TODAY.minusYears(70), Sex.FEMALE);
        String phone = RegistryWorld.newPhone();
        long other = registry.addHouseholds(List.of(new NewHousehold(world.communityA, null, "幸福路2号", List.of())))
                .get(0);
        mvc.perform(post("/api/registry/residents")
                        .with(as(workerA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"householdId\": %d, \"name\": \"赵敏\", \"idNumber\": \"%s\", \"phone\": \"%s\","
                                        + " \"birthDate\": \"%s\", \"sex\": \"FEMALE\", \"healthNotes\": \"%s\"}")
                                .formatted(other, id, phone, TestClock.TODAY.minusYears(70), notes)))
                .andExpect(status().isCreated());
        List<String> secrets = List.of(
                elder.idNumber(), elder.phone(), "失能老人", daughter.idNumber(), daughter.phone(), id, phone, notes);

        List<String> cells = everyCellOfEveryTable();

        assertThat(cells).as("cells read").hasSizeGreaterThan(100);
        for (String secret : secrets) {
            assertThat(cells).noneMatch(cell -> cell.contains(secret));
        }
        assertThat(cells).anyMatch(cell -> cell.equals("张三丰")); // names are kept plain, and were read
    }

    private List<String> everyCellOfEveryTable() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables"
                        + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        assertThat(tables).contains("resident", "household", "audit_log");
        List<String> cells = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row :
                    jdbc.sql("select * from " + table).query().listOfRows()) {
                row.values().stream()
                        .filter(v -> v != null)
                        .map(Object::toString)
                        .forEach(cells::add);
            }
        }
        return cells;
    }

    @Test
    void listsAndRecordsAreMasked() throws Exception {
        String body = mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityA))
                        .param("household", Long.toString(household))
                        .with(as(workerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].name").value("张**"))
                .andExpect(jsonPath("$.items[0].idNumber").value(masked(elder.idNumber(), 6, 4)))
                .andExpect(jsonPath("$.items[0].phone").value(masked(elder.phone(), 3, 4)))
                .andExpect(jsonPath("$.items[0].ageBand").value("AGE_80_PLUS"))
                .andExpect(jsonPath("$.items[0].groups[0]").value("ELDERLY_LIVING_ALONE"))
                .andExpect(jsonPath("$.items[0].groups[1]").value("ELDERLY_SPECIAL_DIFFICULTY"))
                .andExpect(jsonPath("$.items[0].birthDate").doesNotExist())
                .andExpect(jsonPath("$.items[0].difficultyKind").doesNotExist())
                .andExpect(jsonPath("$.items[1].name").value("张*"))
                .andExpect(jsonPath("$.items[1].ageBand").value("AGE_15_59"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(elder.idNumber(), elder.phone(), daughter.idNumber(), "失能老人");

        mvc.perform(get("/api/registry/residents/" + daughterId).with(as(workerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(masked(daughter.idNumber(), 6, 4)))
                .andExpect(jsonPath("$.sex").value("FEMALE"));
    }

    @Test
    void revealNeedsAKeepersRoleAndAReasonAndIsAudited() throws Exception {
        AccessScope family = TestPrincipals.householdScope("family", household);
        mvc.perform(reveal(elderId, family, "I am his daughter")).andExpect(status().isForbidden());
        mvc.perform(reveal(elderId, planner, "planning the canteen")).andExpect(status().isForbidden());
        mvc.perform(reveal(elderId, workerA, "why")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/registry/residents/" + elderId + "/reveal")
                        .with(as(workerA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reason")));
        assertThat(audited("REVEAL", "resident", elderId)).isZero();

        mvc.perform(reveal(elderId, workerA, "monthly visit follow-up"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("张三丰"))
                .andExpect(jsonPath("$.idNumber").value(elder.idNumber()))
                .andExpect(jsonPath("$.phone").value(elder.phone()))
                .andExpect(jsonPath("$.birthDate").value(elder.birthDate().toString()))
                .andExpect(jsonPath("$.difficultyKind").value("失能老人"));

        Map<String, Object> entry = jdbc.sql("select * from audit_log where action = 'REVEAL' and subject_id = ?")
                .param(Long.toString(elderId))
                .query()
                .singleRow();
        assertThat(entry)
                .containsEntry("actor", "worker-a")
                .containsEntry("actor_role", "COMMUNITY_WORKER")
                .containsEntry("subject_kind", "resident")
                .containsEntry("reason", "monthly visit follow-up");
        assertThat((String) entry.get("fields")).contains("id_number", "phone", "difficulty_kind");
    }

    @Test
    void everyReadOfAnIndividualIsAudited() throws Exception {
        long listReads = audited("READ", "resident", elderId);
        mvc.perform(get("/api/registry/residents")
                        .param("community", Long.toString(world.communityA))
                        .param("household", Long.toString(household))
                        .with(as(workerA)))
                .andExpect(status().isOk());
        assertThat(audited("READ", "resident", elderId)).isEqualTo(listReads + 1);
        assertThat(jdbc.sql("select fields from audit_log where action = 'READ' and subject_id = ? order by id desc")
                        .param(Long.toString(elderId))
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo(String.join(",", MaskedResident.FIELDS));

        mvc.perform(get("/api/registry/residents/" + elderId).with(as(workerA))).andExpect(status().isOk());
        assertThat(audited("READ", "resident", elderId)).isEqualTo(listReads + 2);

        mvc.perform(post("/api/registry/residents/lookup")
                        .with(as(workerA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\": \"" + elder.idNumber().toLowerCase(java.util.Locale.ROOT) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(elderId));
        assertThat(audited("READ", "resident", elderId)).isEqualTo(listReads + 3);

        assertThat(registry.findResidentFacts(workerA, elderId)).isPresent();
        assertThat(audited("READ", "resident", elderId)).isEqualTo(listReads + 4);

        long exports = audited("EXPORT", "resident", daughterId);
        mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityA))
                        .with(as(workerA)))
                .andExpect(status().isOk());
        assertThat(audited("EXPORT", "resident", daughterId)).isEqualTo(exports + 1);
    }

    @Test
    void exportsAreMaskedUnlessAKeeperGivesAReason() throws Exception {
        String masked = mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityA))
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(masked)
                .contains(masked(elder.idNumber(), 6, 4), "张**", "80+")
                .doesNotContain(elder.idNumber(), elder.phone(), "失能老人");

        mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityA))
                        .param("unmasked", "true")
                        .with(as(officer)))
                .andExpect(status().isBadRequest());
        String plain = mvc.perform(get("/api/registry/export/residents")
                        .param("community", Long.toString(world.communityA))
                        .param("unmasked", "true")
                        .param("reason", "annual verification of the register")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain).contains(elder.idNumber(), elder.phone(), "失能老人", "张三丰");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and subject_id = ?"
                                + " and reason = 'annual verification of the register'")
                        .param(Long.toString(elderId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private org.springframework.test.web.servlet.RequestBuilder reveal(long id, AccessScope scope, String reason) {
        return post("/api/registry/residents/" + id + "/reveal")
                .with(as(scope))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"" + reason + "\"}");
    }

    /** The value with all but its first {@code head} and last {@code tail} characters as stars. */
    private static String masked(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
