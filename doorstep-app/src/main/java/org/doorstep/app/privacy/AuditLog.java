package org.doorstep.app.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doorstep.app.DatabaseKind;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log of personal data: who read or changed whose data, when, which fields and why. Callers write the entry
 * in the same transaction as the read or change it records, or, where a read decides a write (a booking), in the
 * write's ({@link PendingRead}), so that nothing is shown or changed unrecorded. The table is append-only: database
 * triggers refuse UPDATE and DELETE on it.
 */
@Service
public class AuditLog {

    /** The time zone in which the listing's dates are days: every Chinese city keeps China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String INSERT_INTO = "insert into audit_log (at, actor, actor_role, action, subject_kind,"
            + " subject_id, fields, reason, detail) values ";
    /** One entry's values in {@link #INSERT_INTO}, in the order of {@link #row}. */
    private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT = INSERT_INTO + VALUES;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final DatabaseKind database;
    private final Clock clock;

    AuditLog(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transaction,
            DatabaseKind database,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.database = database;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Runs a read of personal data and records it, atomically, with a READ entry for each distinct subject among the
     * rows read and none where nothing was read: the way to read what the booking path reads on every request. On
     * PostgreSQL the read and its entries take one statement and one round trip without a transaction of their own
     * (decision 0006); elsewhere the read and a batch of entries share a transaction (the caller's, if any).
     */
    public <T> List<T> readAndRecord(
            AccessScope actor, String subjectKind, Collection<String> fields, AuditedQuery query, RowMapper<T> rows) {
        if (database.isPostgres()) {
            // The entries are written by a data-modifying "with" over the rows read, one per distinct subject, in the
            // same snapshot and transaction as the read.
            return jdbc.sql("with audited_read as (" + query.select() + "), audit as (insert into audit_log (at, actor,"
                            + " actor_role, action, subject_kind, subject_id, fields) select distinct :auditAt,"
                            + " :auditActor, :auditRole, :auditAction, :auditSubjectKind, cast("
                            + query.subjectIdColumn() + " as varchar(64)), :auditFields from audited_read)"
                            + " select * from audited_read")
                    .params(query.parameters())
                    .param("auditAt", now())
                    .param("auditActor", actor.username())
                    .param("auditRole", actor.role().name())
                    .param("auditAction", AuditAction.READ.name())
                    .param("auditSubjectKind", subjectKind)
                    .param("auditFields", String.join(",", fields))
                    .query(rows)
                    .list();
        }
        return Objects.requireNonNull(transaction.execute(status -> {
            Unrecorded<List<T>> read = readToRecord(actor, subjectKind, fields, query, rows);
            record(read.read());
            return read.value();
        }));
    }

    /**
     * Runs a read of personal data whose entries the caller records with what the read leads to ({@link PendingRead}):
     * for a hot path whose outcome is itself a write (a booking's placement or refusal), which then commits the read's
     * entries and the outcome together, one commit instead of two. The read takes no transaction of its own.
     */
    public <T> Unrecorded<List<T>> readToRecord(
            AccessScope actor, String subjectKind, Collection<String> fields, AuditedQuery query, RowMapper<T> rows) {
        Set<Object> subjects = new LinkedHashSet<>();
        List<T> read = jdbc.sql(query.select())
                .params(query.parameters())
                .query((rs, n) -> {
                    subjects.add(rs.getObject(query.subjectIdColumn()));
                    return rows.mapRow(rs, n);
                })
                .list();
        return new Unrecorded<>(
                read, new PendingRead(actor, subjectKind, new ArrayList<>(subjects), String.join(",", fields), now()));
    }

    /** Records a read's entries, in the caller's transaction if it has one. */
    @Transactional
    public void record(PendingRead read) {
        batch.batchUpdate(
                INSERT, read.subjectIds().stream().map(id -> entry(read, id)).toList());
    }

    /**
     * Runs a select with positional parameters (one that writes, such as a call of a function) and records a read's
     * entries, atomically: on PostgreSQL in the same statement, by a data-modifying {@code with} (decision 0006);
     * elsewhere in one transaction (the caller's, if any).
     */
    public <T> List<T> queryAndRecord(PendingRead read, String select, List<?> parameters, RowMapper<T> rows) {
        if (!database.isPostgres()) {
            return Objects.requireNonNull(transaction.execute(status -> {
                record(read);
                return jdbc.sql(select).params(parameters).query(rows).list();
            }));
        }
        if (read.subjectIds().isEmpty()) {
            return jdbc.sql(select).params(parameters).query(rows).list();
        }
        List<Object> all = new ArrayList<>();
        for (Object id : read.subjectIds()) {
            all.addAll(Arrays.asList(entry(read, id)));
        }
        all.addAll(parameters);
        String entries = String.join(", ", Collections.nCopies(read.subjectIds().size(), VALUES));
        return jdbc.sql("with audit as (" + INSERT_INTO + entries + ") " + select)
                .params(all)
                .query(rows)
                .list();
    }

    /** The insert's parameters for a read's entry of one subject. */
    private static Object[] entry(PendingRead read, @Nullable Object subjectId) {
        return row(read.at(), read.actor(), AuditAction.READ, read.subjectKind(), subjectId, read.fields(), null);
    }

    /** {@link #INSERT}'s parameters for an action of a user on one subject (or on none, with a null id). */
    private static Object[] row(
            OffsetDateTime at,
            AccessScope actor,
            AuditAction action,
            String subjectKind,
            @Nullable Object subjectId,
            String fields,
            @Nullable String reason) {
        return new Object[] {
            at,
            actor.username(),
            actor.role().name(),
            action.name(),
            subjectKind,
            subjectId == null ? null : subjectId.toString(),
            fields,
            reason,
            null
        };
    }

    /** Records one action of the scope's user on one subject (or on none, with a null id). */
    @Transactional
    public void record(
            AccessScope actor,
            AuditAction action,
            String subjectKind,
            @Nullable Object subjectId,
            Collection<String> fields,
            @Nullable String reason) {
        recordEach(actor, action, subjectKind, Collections.singletonList(subjectId), fields, reason);
    }

    /** Records the same action on each of many subjects, one row each, in one batch (a list read or an export). */
    @Transactional
    public void recordEach(
            AccessScope actor,
            AuditAction action,
            String subjectKind,
            Collection<?> subjectIds,
            Collection<String> fields,
            @Nullable String reason) {
        OffsetDateTime now = now();
        String joined = String.join(",", fields);
        List<Object[]> rows = new ArrayList<>(subjectIds.size());
        for (Object id : subjectIds) {
            rows.add(row(now, actor, action, subjectKind, id, joined, reason));
        }
        batch.batchUpdate(INSERT, rows);
    }

    /**
     * Records a change of a subject that is not personal data itself (an account's grants), with what changed: by the
     * scope's user, or by the system for a change made outside a signed-in request.
     */
    @Transactional
    public void recordChange(
            @Nullable AccessScope actor, AuditAction action, String subjectKind, Object subjectId, String detail) {
        jdbc.sql(INSERT)
                .params(
                        now(),
                        actor == null ? "system" : actor.username(),
                        actor == null ? null : actor.role().name(),
                        action.name(),
                        subjectKind,
                        subjectId.toString(),
                        null,
                        null,
                        detail)
                .update();
    }

    /** Records an action of a system process (no user), such as a bulk load, with a detail like a row count. */
    @Transactional
    public void recordSystem(String process, AuditAction action, String subjectKind, String detail) {
        jdbc.sql(INSERT)
                .params(now(), "system:" + process, null, action.name(), subjectKind, null, null, null, detail)
                .update();
    }

    /** The entries matching a query, newest first; administrators only. */
    public List<AuditEntry> listEntries(AccessScope scope, AuditQuery query) {
        scope.requireRole(Role.ADMIN);
        StringBuilder sql = new StringBuilder("select * from audit_log where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        condition(sql, params, "subject_kind = :kind", "kind", query.subjectKind());
        condition(sql, params, "subject_id = :subject", "subject", query.subjectId());
        condition(sql, params, "actor = :actor", "actor", query.actor());
        if (query.from() != null) {
            condition(sql, params, "at >= :from", "from", startOf(query.from().atStartOfDay(CHINA)));
        }
        if (query.to() != null) {
            condition(
                    sql,
                    params,
                    "at < :to",
                    "to",
                    startOf(query.to().plusDays(1).atStartOfDay(CHINA)));
        }
        sql.append(" order by at desc, id desc limit :limit offset :offset");
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).list();
    }

    private static void condition(
            StringBuilder sql, Map<String, Object> params, String condition, String name, @Nullable Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private static OffsetDateTime startOf(java.time.ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String fields = rs.getString("fields");
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("subject_kind"),
                rs.getString("subject_id"),
                fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")),
                rs.getString("reason"),
                rs.getString("detail"));
    }
}
