package org.doorstep.app.facility;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of facilities' statuses ({@code facility_status_change}): appended to, never changed. */
@Repository
class StatusChanges {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    StatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long facilityId, @Nullable FacilityStatus from, FacilityStatus to, String by, @Nullable String note) {
        jdbc.sql(
                        "insert into facility_status_change (facility_id, from_status, to_status, changed_at, changed_by, note)"
                                + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        facilityId,
                        from == null ? null : from.name(),
                        to.name(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        by,
                        note)
                .update();
    }

    /** A facility's changes, oldest first. */
    List<StatusChange> list(long facilityId) {
        return jdbc.sql("select from_status, to_status, changed_at, changed_by, note from facility_status_change"
                        + " where facility_id = ? order by id")
                .param(facilityId)
                .query((rs, row) -> new StatusChange(
                        rs.getString("from_status") == null
                                ? null
                                : FacilityStatus.valueOf(rs.getString("from_status")),
                        FacilityStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"),
                        rs.getString("note")))
                .list();
    }
}
