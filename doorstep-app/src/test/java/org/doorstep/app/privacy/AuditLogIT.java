package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestClock;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log on the test database (PostgreSQL or H2): append-only, listed for administrators only. */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final AccessScope admin = TestPrincipals.placeScope("audit-admin", Role.ADMIN);
    private final AccessScope worker = TestPrincipals.placeScope("audit-worker", Role.COMMUNITY_WORKER, 1L);

    @Test
    void aReadIsRecordedOncePerSubjectItFoundAndNotAtAllWhereItFoundNothing() {
        // Two rows of subject 701 and one of 702, as a resident's facts come as a row per group.
        AuditedQuery parts = new AuditedQuery(
                "select x.id, x.part from (values (701, 'a'), (701, 'b'), (702, 'c')) as x(id, part)"
                        + " where x.id >= :from",
                Map.of("from", 701),
                "id");
        List<String> read =
                auditLog.readAndRecord(worker, "audited-read", List.of("part"), parts, (rs, n) -> rs.getString("part"));

        assertThat(read).containsExactlyInAnyOrder("a", "b", "c");
        String entries = "select subject_id || ' ' || actor || ' ' || action || ' ' || fields from audit_log"
                + " where subject_kind = 'audited-read' order by subject_id";
        List<String> recorded = List.of("701 audit-worker READ part", "702 audit-worker READ part");
        assertThat(jdbc.sql(entries).query(String.class).list()).isEqualTo(recorded);

        AuditedQuery nothing = new AuditedQuery(parts.select(), Map.of("from", 703), "id");
        assertThat(auditLog.readAndRecord(worker, "audited-read", List.of("part"), nothing, (rs, n) -> "row"))
                .isEmpty();
        assertThat(jdbc.sql(entries).query(String.class).list()).isEqualTo(recorded);
    }

    @Test
    void aReadLeftToRecordIsRecordedWithTheStatementItLedToAllOrNothing() {
        AuditedQuery parts = new AuditedQuery(
                "select x.id, x.part from (values (801, 'a'), (801, 'b'), (802, 'c')) as x(id, part)", Map.of(), "id");
        String entries = "select subject_id || ' ' || actor || ' ' || action || ' ' || fields from audit_log"
                + " where subject_kind = 'read-later' order by subject_id";

        Unrecorded<List<String>> read =
                auditLog.readToRecord(worker, "read-later", List.of("part"), parts, (rs, n) -> rs.getString("part"));

        assertThat(read.value()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(jdbc.sql(entries).query(String.class).list()).isEmpty();
        assertThatThrownBy(() ->
                        auditLog.queryAndRecord(read.read(), "select 1 / (? - 1)", List.of(1), (rs, n) -> rs.getInt(1)))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql(entries).query(String.class).list()).isEmpty();
        assertThat(auditLog.queryAndRecord(read.read(), "select ? + 1", List.of(41), (rs, n) -> rs.getInt(1)))
                .containsExactly(42);
        assertThat(jdbc.sql(entries).query(String.class).list())
                .containsExactly("801 audit-worker READ part", "802 audit-worker READ part");
    }

    @Test
    void rowsCanBeAddedButNeverChangedOrDeleted() {
        auditLog.record(worker, AuditAction.REVEAL, "resident", "append-1", List.of("id_number"), "a visit");
        String where = " where subject_id = 'append-1'";

        assertThatThrownBy(() -> jdbc.sql("update audit_log set reason = 'forged'" + where)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log" + where).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.sql("select reason from audit_log" + where)
                        .query(String.class)
                        .single())
                .isEqualTo("a visit");
    }

    @Test
    void administratorsListEntriesBySubjectActorAndDay() throws Exception {
        auditLog.record(worker, AuditAction.READ, "resident", "list-1", List.of("name:masked"), null);
        auditLog.recordEach(
                worker, AuditAction.EXPORT, "resident", List.of("list-2", "list-3"), List.of("name"), "why");

        mvc.perform(get("/api/audit").param("subjectId", "list-1").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].actor").value("audit-worker"))
                .andExpect(jsonPath("$[0].actorRole").value("COMMUNITY_WORKER"))
                .andExpect(jsonPath("$[0].action").value("READ"))
                .andExpect(jsonPath("$[0].fields[0]").value("name:masked"));
        mvc.perform(get("/api/audit")
                        .param("actor", "audit-worker")
                        .param("subjectKind", "resident")
                        .param("from", TestClock.TODAY.toString())
                        .param("to", TestClock.TODAY.toString())
                        .with(as(admin)))
                .andExpect(jsonPath("$[?(@.subjectId == 'list-3')].reason").value("why"));
        mvc.perform(get("/api/audit")
                        .param("subjectId", "list-1")
                        .param("to", TestClock.TODAY.minusDays(1).toString())
                        .with(as(admin)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/audit")
                        .param("from", TestClock.TODAY.plusDays(1).toString())
                        .param("to", TestClock.TODAY.toString())
                        .with(as(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void nobodyButAnAdministratorReadsTheLog() throws Exception {
        mvc.perform(get("/api/audit").with(as(worker))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(as(TestPrincipals.placeScope("p", Role.PLANNER, 1L))))
                .andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(AccessScope scope) {
        return authentication(TestPrincipals.signedIn(scope));
    }
}
