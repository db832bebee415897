package org.doorstep.app.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Facilities and their capacity in SQL. Every read for a user takes the scope's condition on the facility row
 * (aliased {@code f}), so that no query can forget it.
 */
@Repository
class FacilityRepository {

    private static final String SELECT = "select f.id, f.category, f.type_code, t.name_zh as type_name, f.name,"
            + " f.community_id, c.code as community_code, c.name as community_name, f.building_id, f.lon, f.lat,"
            + " f.floor_area_m2, f.opening_hours, f.status, f.operating_model, f.operator_id,"
            + " o.name as operator_name, o.credit_code as operator_credit_code, f.osm_ref from facility f"
            + " join facility_type t on t.code = f.type_code join place c on c.id = f.community_id"
            + " left join operator o on o.id = f.operator_id";

    private final JdbcClient jdbc;
    private final CapacityRepository capacity;

    FacilityRepository(JdbcClient jdbc, CapacityRepository capacity) {
        this.jdbc = jdbc;
        this.capacity = capacity;
    }

    long insert(NewFacility facility) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into facility (category, type_code, name, community_id, building_id, lon, lat, floor_area_m2,"
                        + " opening_hours, status, operating_model, operator_id, osm_ref)"
                        + " values (:category, :typeCode, :name, :communityId, :buildingId, :lon, :lat, :floorArea,"
                        + " :openingHours, :status, :operatingModel, :operatorId, :osmRef)")
                .params(columns(facility))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        capacity.replace(id, facility.capacity());
        return id;
    }

    void update(long id, NewFacility facility) {
        Map<String, @Nullable Object> columns = columns(facility);
        columns.put("id", id);
        jdbc.sql("update facility set category = :category, type_code = :typeCode, name = :name,"
                        + " community_id = :communityId, building_id = :buildingId, lon = :lon, lat = :lat,"
                        + " floor_area_m2 = :floorArea, opening_hours = :openingHours, status = :status,"
                        + " operating_model = :operatingModel, operator_id = :operatorId, osm_ref = :osmRef"
                        + " where id = :id")
                .params(columns)
                .update();
        capacity.replace(id, facility.capacity());
    }

    void setStatus(long id, FacilityStatus status) {
        jdbc.sql("update facility set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    Optional<Facility> find(long id, ScopeSql.Condition scope) {
        return query(" where f.id = :id and " + scope.sql(), FacilitySql.with(scope, "id", id)).stream()
                .findFirst();
    }

    /** The facilities a scope sees, at or below a place when one is given, by id. */
    List<Facility> list(@Nullable Long placeId, ScopeSql.Condition scope) {
        if (placeId == null) {
            return query(" where " + scope.sql() + " order by f.id", scope.parameters());
        }
        return query(
                " where " + FacilitySql.underPlace("f.community_id") + " and " + scope.sql() + " order by f.id",
                FacilitySql.with(scope, "underPlace", placeId));
    }

    /** True where another facility of the community has this name. */
    boolean nameTaken(long communityId, String name, @Nullable Long self) {
        return jdbc.sql("select count(*) from facility where community_id = ? and name = ? and id <> ?")
                        .params(communityId, name, self == null ? -1L : self)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The open facilities of the communities, by id. */
    List<Facility> listOpen(Collection<Long> communityIds) {
        List<Facility> open = new ArrayList<>();
        for (List<Long> chunk : CapacityRepository.chunks(communityIds)) {
            open.addAll(query(
                    " where f.status = 'OPEN' and f.community_id in (:communities)", Map.of("communities", chunk)));
        }
        open.sort((a, b) -> Long.compare(a.id(), b.id()));
        return open;
    }

    private List<Facility> query(String where, Map<String, ?> parameters) {
        List<Facility> facilities = jdbc.sql(SELECT + where)
                .params(parameters)
                .query(FacilityRepository::facility)
                .list();
        return capacity.attach(facilities);
    }

    private static Map<String, @Nullable Object> columns(NewFacility f) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("category", f.category().code());
        columns.put("typeCode", f.typeCode());
        columns.put("name", f.name());
        columns.put("communityId", f.communityId());
        columns.put("buildingId", f.buildingId());
        columns.put("lon", f.lon());
        columns.put("lat", f.lat());
        columns.put("floorArea", f.floorArea_m2());
        columns.put("openingHours", f.openingHours());
        columns.put("status", f.status().name());
        columns.put("operatingModel", f.operatingModel().name());
        columns.put("operatorId", f.operatorId());
        columns.put("osmRef", f.osmRef());
        return columns;
    }

    private static Facility facility(ResultSet rs, int row) throws SQLException {
        return new Facility(
                rs.getLong("id"),
                rs.getString("category"),
                rs.getString("type_code"),
                rs.getString("type_name"),
                rs.getString("name"),
                rs.getLong("community_id"),
                rs.getString("community_code"),
                rs.getString("community_name"),
                rs.getObject("building_id", Long.class),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getObject("floor_area_m2", Double.class),
                List.of(),
                rs.getString("opening_hours"),
                FacilityStatus.valueOf(rs.getString("status")),
                OperatingModel.valueOf(rs.getString("operating_model")),
                rs.getObject("operator_id", Long.class),
                rs.getString("operator_name"),
                rs.getString("operator_credit_code"),
                rs.getString("osm_ref"));
    }

    Set<String> findRegisteredOsmRefs(Collection<String> osmRefs) {
        Set<String> registered = new HashSet<>();
        List<String> refs = List.copyOf(osmRefs);
        for (int from = 0; from < refs.size(); from += 1_000) {
            registered.addAll(jdbc.sql("select osm_ref from facility where osm_ref in (:refs)")
                    .param("refs", refs.subList(from, Math.min(refs.size(), from + 1_000)))
                    .query(String.class)
                    .list());
        }
        return registered;
    }
}
