package org.doorstep.app.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.registry.SpecialGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Offered services and their areas. */
@Repository
class ServiceRepository {

    private static final String SELECT = "select id, facility_id, kind, name, price_standard_fen, price_subsidised_fen,"
            + " subsidised_group, min_age, max_age, required_group, needs_approval from offered_service";

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
        return list(" where id = ?", id).stream().findFirst();
    }

    List<OfferedService> listOfFacility(long facilityId) {
        return list(" where facility_id = ? order by id", facilityId);
    }

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
