package org.doorstep.app.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Visit records and their follow-up tasks as stored: the health finding stays in its encrypted form here; the service
 * decrypts it for a permitted reader.
 */
@Repository
class VisitRecordRepository {

    /** A stored visit, health finding encrypted. */
    record StoredVisit(
            long id,
            long planId,
            long residentId,
            LocalDate visitedOn,
            String visitor,
            VisitOutcome outcome,
            @Nullable String healthEncrypted,
            @Nullable String safety,
            @Nullable String needs) {}

    private static final String SELECT_VISIT =
            "select v.*, p.resident_id from visit_record v" + " join visit_plan p on p.id = v.plan_id";

    private final JdbcClient jdbc;

    VisitRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long planId,
            NewVisit visit,
            String visitor,
            @Nullable String healthEncrypted,
            String recordedBy,
            OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into visit_record (plan_id, visited_on, visitor, outcome, health_finding_encrypted,"
                                + " safety_finding, needs_finding, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        planId,
                        visit.visitedOn(),
                        visitor,
                        visit.outcome().name(),
                        healthEncrypted,
                        visit.safetyFinding(),
                        visit.needsFinding(),
                        recordedBy,
                        at)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (NewVisit.NewFollowUp task : visit.followUpList()) {
            jdbc.sql("insert into visit_follow_up (record_id, task, due_on, status) values (?, ?, ?, 'OPEN')")
                    .params(id, task.task(), task.dueOn())
                    .update();
        }
        return id;
    }

    Optional<StoredVisit> findVisit(AccessScope scope, long visitId) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "p.community_id");
        return jdbc.sql(SELECT_VISIT + " where v.id = :id and " + inScope.sql())
                .param("id", visitId)
                .params(inScope.parameters())
                .query(VisitRecordRepository::visit)
                .optional();
    }

    List<StoredVisit> listVisits(long planId) {
        return jdbc.sql(SELECT_VISIT + " where v.plan_id = ? order by v.visited_on, v.id")
                .param(planId)
                .query(VisitRecordRepository::visit)
                .list();
    }

    List<VisitRecord.FollowUp> listFollowUps(long visitId) {
        return jdbc.sql("select * from visit_follow_up where record_id = ? order by due_on, id")
                .param(visitId)
                .query(VisitRecordRepository::followUp)
                .list();
    }

    /** Open follow-ups of a community's residents due before a day, with their plan and resident. */
    List<OverdueVisit> listLateFollowUps(AccessScope scope, long communityId, LocalDate today) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "p.community_id");
        return jdbc.sql("select f.id, f.task, f.due_on, p.id as plan_id, p.resident_id from visit_follow_up f"
                        + " join visit_record v on v.id = f.record_id join visit_plan p on p.id = v.plan_id"
                        + " where p.community_id = :community and f.status = 'OPEN' and f.due_on < :today and "
                        + inScope.sql() + " order by f.due_on, f.id")
                .param("community", communityId)
                .param("today", today)
                .params(inScope.parameters())
                .query((rs, row) -> new OverdueVisit(
                        rs.getLong("resident_id"),
                        rs.getLong("plan_id"),
                        OverdueVisit.Reason.FOLLOW_UP_PAST_DUE,
                        rs.getLong("id"),
                        rs.getString("task"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** Closes an open follow-up inside the scope; false where there is none such. */
    boolean closeFollowUp(AccessScope scope, long followUpId, FollowUpStatus status, LocalDate on) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "p.community_id");
        return jdbc.sql("update visit_follow_up set status = :status, closed_on = :on where id = :id"
                                + " and status = 'OPEN' and record_id in (select v.id from visit_record v"
                                + " join visit_plan p on p.id = v.plan_id where " + inScope.sql() + ")")
                        .param("status", status.name())
                        .param("on", on)
                        .param("id", followUpId)
                        .params(inScope.parameters())
                        .update()
                == 1;
    }

    private static StoredVisit visit(ResultSet rs, int row) throws SQLException {
        return new StoredVisit(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getLong("resident_id"),
                rs.getObject("visited_on", LocalDate.class),
                rs.getString("visitor"),
                VisitOutcome.valueOf(rs.getString("outcome")),
                rs.getString("health_finding_encrypted"),
                rs.getString("safety_finding"),
                rs.getString("needs_finding"));
    }

    private static VisitRecord.FollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new VisitRecord.FollowUp(
                rs.getLong("id"),
                rs.getString("task"),
                rs.getObject("due_on", LocalDate.class),
                FollowUpStatus.valueOf(rs.getString("status")),
                rs.getObject("closed_on", LocalDate.class));
    }
}
