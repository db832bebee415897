package org.doorstep.app.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sessions and their count of places. Every change of {@code held} is one conditional update, and every change of a
 * session's bookings first takes the session row's lock (one of these updates or {@link #lock}), so that bookings of
 * one session change one after another and in the same lock order everywhere.
 */
@Repository
class SessionRepository {

    private static final String SELECT = "select s.id, s.service_id, s.facility_id, s.starts_at, s.ends_at, s.capacity,"
            + " s.held, s.carers, s.waiting from service_session s";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSession session, long facilityId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into service_session (service_id, facility_id, starts_at, ends_at, capacity, carers)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        session.serviceId(),
                        facilityId,
                        Times.utc(session.startsAt()),
                        Times.utc(session.endsAt()),
                        session.capacity(),
                        session.carers())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<ServiceSession> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?")
                .param(id)
                .query(SessionRepository::session)
                .optional();
    }

    List<ServiceSession> listOfService(long serviceId) {
        return jdbc.sql(SELECT + " where s.service_id = ? order by s.starts_at, s.id")
                .param(serviceId)
                .query(SessionRepository::session)
                .list();
    }

    /** Takes a place if one is free: true when taken. The check constraint backs the condition. */
    boolean tryTakePlace(long id) {
        return jdbc.sql("update service_session set held = held + 1 where id = ? and held < capacity")
                        .param(id)
                        .update()
                == 1;
    }

    /**
     * A booking joins the session's line, only while the session is full (under its row lock): its waitlist number and
     * its place in line (the line's length with it, since nobody waiting came later); empty where a place is free.
     */
    Optional<LinePlace> joinWaitlistIfFull(long id) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int updated = jdbc.sql("update service_session set waitlist_seq = waitlist_seq + 1, waiting = waiting + 1"
                        + " where id = ? and held >= capacity")
                .param(id)
                .update(keys, "waitlist_seq", "waiting");
        if (updated == 0) {
            return Optional.empty();
        }
        Map<String, Object> line = Objects.requireNonNull(keys.getKeys());
        return Optional.of(new LinePlace(number(line, "waitlist_seq"), number(line, "waiting")));
    }

    /** A booking's number on its session's waitlist and its place in line (1 for the first). */
    record LinePlace(int seq, int position) {}

    /** A booking left the session's line: it was cancelled, took its offer, or let it lapse. */
    void leaveWaitlist(long id) {
        jdbc.sql("update service_session set waiting = waiting - 1 where id = ?")
                .param(id)
                .update();
    }

    // The key holder's map ignores case, as drivers name the returned columns in their own (H2 in upper case).
    private static int number(Map<String, Object> keys, String column) {
        return ((Number) Objects.requireNonNull(keys.get(column), column)).intValue();
    }

    /** Gives a place back. */
    void releasePlace(long id) {
        jdbc.sql("update service_session set held = held - 1 where id = ?")
                .param(id)
                .update();
    }

    /** Waits for and takes the session row's lock until the transaction ends. */
    void lock(long id) {
        jdbc.sql("select id from service_session where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    /**
     * Sets a session's times, capacity and carers; false where the session holds more places than the new capacity
     * allows, leaving it unchanged.
     */
    boolean update(long id, SessionChange change) {
        return jdbc.sql("update service_session set starts_at = ?, ends_at = ?, capacity = ?, carers = ?"
                                + " where id = ? and held <= ?")
                        .params(
                                Times.utc(change.startsAt()),
                                Times.utc(change.endsAt()),
                                change.capacity(),
                                change.carers(),
                                id,
                                change.capacity())
                        .update()
                == 1;
    }

    private static ServiceSession session(ResultSet rs, int n) throws SQLException {
        return new ServiceSession(
                rs.getLong("id"),
                rs.getLong("service_id"),
                rs.getLong("facility_id"),
                Objects.requireNonNull(Times.instant(rs, "starts_at")),
                Objects.requireNonNull(Times.instant(rs, "ends_at")),
                rs.getInt("capacity"),
                rs.getInt("held"),
                rs.getInt("waiting"),
                rs.getObject("carers", Integer.class));
    }
}
