package org.doorstep.app.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Households in the database; reads take the reader's scope and filter in SQL. */
@Repository
class HouseholdRepository {

    private static final String SELECT = "select h.id, h.community_id, h.building_id, h.ref, h.address, h.unit,"
            + " (select count(*) from resident r where r.household_id = h.id) members from household h";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    HouseholdRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Inserts households in batches; returns their ids in the order given. */
    List<Long> insertAll(List<HouseholdData> households) {
        String sql = "insert into household (community_id, building_id, ref, address, unit)"
                + " values (:communityId, :buildingId, :ref, :address, :unit)";
        List<Long> ids = new ArrayList<>(households.size());
        for (int from = 0; from < households.size(); from += ResidentRepository.CHUNK) {
            List<HouseholdData> chunk =
                    households.subList(from, Math.min(households.size(), from + ResidentRepository.CHUNK));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            named.batchUpdate(
                    sql,
                    chunk.stream().map(HouseholdRepository::parameters).toArray(MapSqlParameterSource[]::new),
                    keys,
                    new String[] {"id"});
            keys.getKeyList().forEach(key -> ids.add(((Number) key.get("id")).longValue()));
        }
        return ids;
    }

    void update(long id, HouseholdData household) {
        named.update(
                "update household set community_id = :communityId, building_id = :buildingId, ref = :ref,"
                        + " address = :address, unit = :unit where id = :id",
                parameters(household).addValue("id", id));
    }

    void delete(long id) {
        jdbc.sql("delete from household where id = ?").param(id).update();
    }

    Optional<Household> findHousehold(AccessScope scope, long id) {
        ScopeSql.Condition inScope = RegistryAccess.rowsIn(scope, "h.community_id", "h.id");
        return jdbc.sql(SELECT + " where h.id = :id and " + inScope.sql())
                .param("id", id)
                .params(inScope.parameters())
                .query(HouseholdRepository::household)
                .optional();
    }

    /** A community's households inside the scope, by ref then id. */
    List<Household> listHouseholds(AccessScope scope, long communityId) {
        ScopeSql.Condition inScope = RegistryAccess.rowsIn(scope, "h.community_id", "h.id");
        return jdbc.sql(SELECT + " where h.community_id = :community and " + inScope.sql() + " order by h.ref, h.id")
                .param("community", communityId)
                .params(inScope.parameters())
                .query(HouseholdRepository::household)
                .list();
    }

    /** The ids of the households with refs in the communities, by community then ref; in any scope. */
    Map<Long, Map<String, Long>> idsByRef(Collection<Long> communityIds) {
        Map<Long, Map<String, Long>> ids = new HashMap<>();
        if (communityIds.isEmpty()) {
            return ids;
        }
        jdbc.sql("select community_id, ref, id from household where ref is not null and community_id in (:ids)")
                .param("ids", List.copyOf(communityIds))
                .query(rs -> {
                    ids.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return ids;
    }

    /** The community of each existing building among the ids. */
    Map<Long, Long> communitiesOfBuildings(Collection<Long> buildingIds) {
        Map<Long, Long> communities = new HashMap<>();
        if (!buildingIds.isEmpty()) {
            jdbc.sql("select id, community_id from building where id in (:ids)")
                    .param("ids", List.copyOf(buildingIds))
                    .query(rs -> {
                        communities.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return communities;
    }

    private static MapSqlParameterSource parameters(HouseholdData h) {
        return new MapSqlParameterSource()
                .addValue("communityId", h.communityId())
                .addValue("buildingId", h.buildingId())
                .addValue("ref", h.ref())
                .addValue("address", h.address())
                .addValue("unit", h.unit());
    }

    private static Household household(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Household(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getObject("building_id", Long.class),
                rs.getString("ref"),
                rs.getString("address"),
                rs.getString("unit"),
                rs.getLong("members"));
    }
}
