package org.doorstep.app.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Offered services and their areas. */
@Repository
class ServiceRepository {

    private static final String COLUMNS = "o.id, o.facility_id, o.kind, o.name, o.price_standard_fen,"
            + " o.price_subsidised_fen, o.subsidised_group, o.min_age, o.max_age, o.required_group, o.needs_approval";
    private static final String SELECT = "select " + COLUMNS + " from offered_service o";
    // A booking reads the session's start and its service with the service's area in one round trip: a row per
    // community of the area (one with a null community where the area is empty).
    private static final String BOOKABLE = "select s.starts_at, s.held, s.capacity, a.community_id, " + COLUMNS
            + " from service_session s join offered_service o on o.id = s.service_id"
            + " left join service_area a on a.service_id = o.id where s.id = ? order by a.community_id";

    private final JdbcClient jdbc;

    ServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewService service, List<Long> area, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into offered_service (facility_id, kind, name, price_standard_fen, price_subsidised_fen,"
                        + " subsidised_group, min_age, max_age, required_group, needs_approval, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        service.facilityId(),
                        service.kind().name(),
                        service.name(),
                        service.priceStandard_fen(),
                        service.priceSubsidised_fen(),
                        name(service.subsidisedGroup()),
                        service.minAge(),
                        service.maxAge(),
                        name(service.requiredGroup()),
                        service.needsApproval(),
                        Times.utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (long community : area) {
            jdbc.sql("insert into service_area (service_id, community_id) values (?, ?)")
                    .params(id, community)
                    .update();
        }
        return id;
    }

    Optional<OfferedService> find(long id) {
        return list(" where o.id = ?", id).stream().findFirst();
    }

    List<OfferedService> listOfFacility(long facilityId) {
        return list(" where o.facility_id = ? order by o.id", facilityId);
    }

    /** The session's start and its service, for booking it; empty where the session does not exist. */
    Optional<BookableSession> findBookable(long sessionId) {
        List<AreaLine> lines = jdbc.sql(BOOKABLE)
                .param(sessionId)
                .query((rs, n) -> new AreaLine(
                        row(rs, n),
                        Objects.requireNonNull(Times.instant(rs, "starts_at")),
                        rs.getInt("held") >= rs.getInt("capacity"),
                        rs.getObject("community_id", Long.class)))
                .list();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Long> area =
                lines.stream().map(AreaLine::community).filter(Objects::nonNull).toList();
        AreaLine first = lines.get(0);
        return Optional.of(new BookableSession(
                sessionId, first.startsAt(), first.lookedFull(), first.service().service(area)));
    }

    /** One row of {@link #BOOKABLE}: the service and session again, and one community of the area. */
    private record AreaLine(Row service, Instant startsAt, boolean lookedFull, @Nullable Long community) {}

    private List<OfferedService> list(String where, Object parameter) {
        List<Row> rows = jdbc.sql(SELECT + where)
                .param(parameter)
                .query(ServiceRepository::row)
                .list();
        Map<Long, List<Long>> areas = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("select service_id, community_id from service_area where service_id in (:ids)"
                            + " order by community_id")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .query((rs, n) -> areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        return rows.stream()
                .map(r -> r.service(areas.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** A service row before its area is attached. */
    private record Row(
            long id,
            long facilityId,
            ServiceKind kind,
            String name,
            int standard,
            @Nullable Integer subsidised,
            @Nullable SpecialGroup subsidisedGroup,
            @Nullable Integer minAge,
            @Nullable Integer maxAge,
            @Nullable SpecialGroup requiredGroup,
            boolean needsApproval) {

        OfferedService service(List<Long> area) {
            return new OfferedService(
                    id,
                    facilityId,
                    kind,
                    name,
                    standard,
                    subsidised,
                    subsidisedGroup,
                    minAge,
                    maxAge,
                    requiredGroup,
                    area,
                    needsApproval);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("facility_id"),
                ServiceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getInt("price_standard_fen"),
                rs.getObject("price_subsidised_fen", Integer.class),
                group(rs.getString("subsidised_group")),
                rs.getObject("min_age", Integer.class),
                rs.getObject("max_age", Integer.class),
                group(rs.getString("required_group")),
                rs.getBoolean("needs_approval"));
    }

    private static @Nullable SpecialGroup group(@Nullable String code) {
        return code == null ? null : SpecialGroup.valueOf(code);
    }

    private static @Nullable String name(@Nullable SpecialGroup group) {
        return group == null ? null : group.name();
    }
}
