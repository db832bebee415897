package org.doorstep.app.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.PendingRead;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Bookings. Status changes are conditional on the status read, so that a concurrent change makes them no-ops. */
@Repository
class BookingRepository {

    private static final String SELECT = "select b.id, b.session_id, b.service_id, b.facility_id, b.resident_id,"
            + " b.household_id, b.community_id, b.booked_by, b.idempotency_key, b.status, b.waitlist_seq,"
            + " b.offer_expires_at, b.price_fen, b.created_at from booking b";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BookingRepository(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Inserts the booking unless a unique constraint already holds one like it (the resident's live booking of the
     * session, or the booker's idempotency key): its id, or empty with nothing written. Not raising the conflict
     * keeps the transaction usable without a savepoint (PostgreSQL aborts a transaction at its first error).
     */
    OptionalLong insertIfNew(BookingRow b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into booking (session_id, service_id, facility_id, resident_id, household_id,"
                        + " community_id, booked_by, idempotency_key, status, waitlist_seq, price_fen, live_resident_id,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(
                        b.sessionId(),
                        b.serviceId(),
                        b.facilityId(),
                        b.residentId(),
                        b.householdId(),
                        b.communityId(),
                        b.bookedBy(),
                        b.idempotencyKey(),
                        b.status().name(),
                        b.waitlistSeq(),
                        b.price_fen(),
                        b.residentId(),
                        Times.utc(b.createdAt()),
                        Times.utc(b.createdAt()))
                .update(key, "id");
        return inserted == 0 ? OptionalLong.empty() : OptionalLong.of(key.getKeyAs(Long.class));
    }

    /**
     * Places the booking asked for (its status where it takes a place) in one call of the database's {@code
     * place_booking} (PostgreSQL only): the booking inserted, or empty with nothing written where a unique constraint
     * already holds one like it, as {@link #insertIfNew}.
     */
    Optional<Placement.Placed> placeInDatabase(BookingRow asked, boolean lineFirst, PendingRead read) {
        List<Optional<Placement.Placed>> placed = audit.queryAndRecord(
                read,
                "select booking_id, line_number, line_position from place_booking(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        asked.sessionId(),
                        asked.serviceId(),
                        asked.facilityId(),
                        asked.residentId(),
                        asked.householdId(),
                        asked.communityId(),
                        asked.bookedBy(),
                        asked.idempotencyKey(),
                        asked.status().name(),
                        asked.price_fen(),
                        Times.utc(asked.createdAt()),
                        lineFirst),
                (rs, n) -> {
                    long id = rs.getLong("booking_id");
                    if (rs.wasNull()) {
                        return Optional.<Placement.Placed>empty();
                    }
                    Integer number = rs.getObject("line_number", Integer.class);
                    return Optional.of(new Placement.Placed(
                            id,
                            number == null
                                    ? null
                                    : new SessionRepository.LinePlace(number, rs.getInt("line_position"))));
                });
        return placed.get(0);
    }

    Optional<BookingRow> find(long id) {
        return jdbc.sql(SELECT + " where b.id = ?")
                .param(id)
                .query(BookingRepository::row)
                .optional();
    }

    Optional<BookingRow> find(AccessScope scope, long id) {
        ScopeSql.Condition visible = BookingAccess.visible(scope);
        return jdbc.sql(SELECT + " where b.id = :id and " + visible.sql())
                .param("id", id)
                .params(visible.parameters())
                .query(BookingRepository::row)
                .optional();
    }

    Optional<BookingRow> findByKey(long bookedBy, String idempotencyKey) {
        return jdbc.sql(SELECT + " where b.booked_by = ? and b.idempotency_key = ?")
                .params(bookedBy, idempotencyKey)
                .query(BookingRepository::row)
                .optional();
    }

    /** A session's bookings the user sees, in the order they were made. */
    List<BookingRow> listOfSession(AccessScope scope, long sessionId) {
        ScopeSql.Condition visible = BookingAccess.visible(scope);
        return jdbc.sql(SELECT + " where b.session_id = :session and " + visible.sql() + " order by b.id")
                .param("session", sessionId)
                .params(visible.parameters())
                .query(BookingRepository::row)
                .list();
    }

    /** A household's bookings the user sees for sessions starting in {@code [from, to)}, by start then id. */
    List<BookingRow> listOfHousehold(AccessScope scope, long householdId, Instant from, Instant to) {
        ScopeSql.Condition visible = BookingAccess.visible(scope);
        return jdbc.sql(SELECT + " join service_session s on s.id = b.session_id where b.household_id = :household"
                        + " and s.starts_at >= :from and s.starts_at < :to and " + visible.sql()
                        + " order by s.starts_at, b.id")
                .param("household", householdId)
                .param("from", Times.utc(from))
                .param("to", Times.utc(to))
                .params(visible.parameters())
                .query(BookingRepository::row)
                .list();
    }

    /** The bookings the user sees of sessions ending after {@code now}, by session start then id. */
    List<UpcomingRow> listUpcoming(AccessScope scope, Instant now) {
        ScopeSql.Condition visible = BookingAccess.visible(scope);
        return jdbc.sql(SELECT.replace(
                                " from booking b", ", v.name as service_name, s.starts_at, s.ends_at from booking b")
                        + " join service_session s on s.id = b.session_id join offered_service v on v.id = b.service_id"
                        + " where s.ends_at > :now and " + visible.sql() + " order by s.starts_at, b.id")
                .param("now", Times.utc(now))
                .params(visible.parameters())
                .query((rs, n) -> new UpcomingRow(
                        row(rs, n),
                        rs.getString("service_name"),
                        Objects.requireNonNull(Times.instant(rs, "starts_at")),
                        Objects.requireNonNull(Times.instant(rs, "ends_at"))))
                .list();
    }

    /** A booking row with its service's name and its session's times. */
    record UpcomingRow(BookingRow row, String serviceName, Instant startsAt, Instant endsAt) {}

    /** 1 for the first in line: how many waitlisted bookings of the session arrived no later than this number. */
    int waitlistPosition(long sessionId, int waitlistSeq) {
        return jdbc.sql("select count(*) from booking where session_id = ? and status = 'WAITLISTED'"
                        + " and waitlist_seq <= ?")
                .params(sessionId, waitlistSeq)
                .query(Integer.class)
                .single();
    }

    /** The first in line without an offer, if any. */
    Optional<Long> firstWaiting(long sessionId) {
        return jdbc.sql("select id from booking where session_id = ? and status = 'WAITLISTED'"
                        + " and offer_expires_at is null order by waitlist_seq fetch first 1 row only")
                .param(sessionId)
                .query(Long.class)
                .optional();
    }

    /** The bookings whose offers lapsed by {@code now}, with their sessions, oldest first; optionally one session's. */
    List<long[]> lapsedOffers(Instant now, @Nullable Long sessionId) {
        String sql = "select id, session_id from booking where status = 'WAITLISTED' and offer_expires_at <= :now"
                + (sessionId == null ? "" : " and session_id = :session") + " order by offer_expires_at, id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("now", Times.utc(now));
        if (sessionId != null) {
            statement = statement.param("session", sessionId);
        }
        return statement
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** Moves a booking from one status to another, clearing any offer; false where it was no longer {@code from}. */
    boolean transition(long id, BookingStatus from, BookingStatus to, Instant now) {
        String live = to == BookingStatus.CANCELLED ? ", live_resident_id = null" : "";
        return jdbc.sql("update booking set status = ?, offer_expires_at = null, updated_at = ?" + live
                                + " where id = ? and status = ?")
                        .params(to.name(), Times.utc(now), id, from.name())
                        .update()
                == 1;
    }

    void offer(long id, Instant expiresAt, Instant now) {
        jdbc.sql("update booking set offer_expires_at = ?, updated_at = ? where id = ?")
                .params(Times.utc(expiresAt), Times.utc(now), id)
                .update();
    }

    private static BookingRow row(ResultSet rs, int n) throws SQLException {
        return new BookingRow(
                rs.getLong("id"),
                rs.getLong("session_id"),
                rs.getLong("service_id"),
                rs.getLong("facility_id"),
                rs.getLong("resident_id"),
                rs.getLong("household_id"),
                rs.getLong("community_id"),
                rs.getLong("booked_by"),
                rs.getString("idempotency_key"),
                BookingStatus.valueOf(rs.getString("status")),
                rs.getObject("waitlist_seq", Integer.class),
                Times.instant(rs, "offer_expires_at"),
                rs.getInt("price_fen"),
                Objects.requireNonNull(Times.instant(rs, "created_at")));
    }
}
