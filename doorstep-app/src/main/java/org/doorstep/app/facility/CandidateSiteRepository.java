package org.doorstep.app.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Candidate sites in SQL; reads take a condition on the site row aliased {@code s}. */
@Repository
class CandidateSiteRepository {

    private static final String SELECT = "select s.id, s.community_id, c.code as community_code, s.lon, s.lat,"
            + " s.address, s.usable_floor_area_m2, s.owner, s.conversion_cost_yuan, s.availability, s.available_from,"
            + " s.notes from candidate_site s join place c on c.id = s.community_id";

    private final JdbcClient jdbc;

    CandidateSiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCandidateSite site) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into candidate_site (community_id, lon, lat, address, usable_floor_area_m2, owner,"
                        + " conversion_cost_yuan, availability, available_from, notes) values (:communityId, :lon,"
                        + " :lat, :address, :area, :owner, :cost, :availability, :availableFrom, :notes)")
                .params(columns(site))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, NewCandidateSite site) {
        Map<String, @Nullable Object> columns = columns(site);
        columns.put("id", id);
        jdbc.sql("update candidate_site set community_id = :communityId, lon = :lon, lat = :lat, address = :address,"
                        + " usable_floor_area_m2 = :area, owner = :owner, conversion_cost_yuan = :cost,"
                        + " availability = :availability, available_from = :availableFrom, notes = :notes"
                        + " where id = :id")
                .params(columns)
                .update();
    }

    Optional<CandidateSite> find(long id, ScopeSql.Condition scope) {
        return query(" where s.id = :id and " + scope.sql(), FacilitySql.with(scope, "id", id)).stream()
                .findFirst();
    }

    /** The sites a scope sees at or below a place (every one when null), by id. */
    List<CandidateSite> list(@Nullable Long placeId, ScopeSql.Condition scope) {
        if (placeId == null) {
            return query(" where " + scope.sql() + " order by s.id", scope.parameters());
        }
        return query(
                " where " + FacilitySql.underPlace("s.community_id") + " and " + scope.sql() + " order by s.id",
                FacilitySql.with(scope, "underPlace", placeId));
    }

    private List<CandidateSite> query(String where, Map<String, ?> parameters) {
        return jdbc.sql(SELECT + where)
                .params(parameters)
                .query(CandidateSiteRepository::site)
                .list();
    }

    private static Map<String, @Nullable Object> columns(NewCandidateSite s) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("communityId", s.communityId());
        columns.put("lon", s.lon());
        columns.put("lat", s.lat());
        columns.put("address", s.address());
        columns.put("area", s.usableFloorArea_m2());
        columns.put("owner", s.owner());
        columns.put("cost", s.conversionCost_yuan());
        columns.put("availability", s.availability().name());
        columns.put("availableFrom", s.availableFrom());
        columns.put("notes", s.notes());
        return columns;
    }

    private static CandidateSite site(ResultSet rs, int row) throws SQLException {
        return new CandidateSite(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("community_code"),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getString("address"),
                rs.getObject("usable_floor_area_m2", Double.class),
                rs.getString("owner"),
                rs.getObject("conversion_cost_yuan", Double.class),
                SiteAvailability.valueOf(rs.getString("availability")),
                rs.getObject("available_from", LocalDate.class),
                rs.getString("notes"));
    }
}
