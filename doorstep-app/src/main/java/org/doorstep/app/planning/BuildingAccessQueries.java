package org.doorstep.app.planning;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of {@code building_access}: a run's buildings inside a box, its blind spots per community, and a home's nearest
 * facilities.
 */
@Repository
class BuildingAccessQueries {

    /** A building row before its residents are joined from the registry. */
    record Located(long buildingId, long communityId, double lon, double lat, @Nullable Integer walkTime_s) {}

    /** One community's blind spots: buildings, and the residents of those holding at least the minimum. */
    record CommunityBlindSpots(long communityId, long buildings, long residents) {}

    private static final String JOIN = " from building_access a join building b on b.id = a.building_id";
    private static final String WHERE = " where a.run_id = :run and a.category = :category"
            + " and (:beyond < 0 or a.walk_time_s is null or a.walk_time_s > :beyond)";
    private static final String FROM =
            JOIN + WHERE + " and b.lon between :west and :east and b.lat between :south and :north";

    private final JdbcClient jdbc;

    BuildingAccessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Buildings of a run inside the box, by id; {@code beyond_s} < 0 for all, else only those beyond it. */
    List<Located> listInside(long runId, String category, Bbox bbox, int beyond_s, int limit, long offset) {
        return jdbc.sql("select a.building_id, b.community_id, b.lon, b.lat, a.walk_time_s" + FROM
                        + " order by a.building_id limit :limit offset :offset")
                .params(parameters(runId, category, bbox, beyond_s))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new Located(
                        rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getObject(5, Integer.class)))
                .list();
    }

    long countInside(long runId, String category, Bbox bbox, int beyond_s) {
        return jdbc.sql("select count(*)" + FROM)
                .params(parameters(runId, category, bbox, beyond_s))
                .query(Long.class)
                .single();
    }

    /**
     * A run's buildings beyond {@code beyond_s} (or unreachable) per community, with the registered residents of those
     * buildings that hold at least {@code minimumResidents}: the sum of the figures the blind-spot layer shows, so it
     * reveals none it suppresses (a sum over all buildings, less the shown ones, would give a small building's count).
     * Communities without blind spots are absent.
     */
    List<CommunityBlindSpots> countBlindSpotsByCommunity(
            long runId, String category, int beyond_s, int minimumResidents) {
        return jdbc.sql("select b.community_id, count(*),"
                        + " coalesce(sum(case when r.residents >= :minimum then r.residents else 0 end), 0)"
                        + JOIN + " left join building_residents r on r.building_id = b.id" + WHERE
                        + " group by b.community_id order by b.community_id")
                .param("run", runId)
                .param("category", category)
                .param("beyond", beyond_s)
                .param("minimum", minimumResidents)
                .query((rs, row) -> new CommunityBlindSpots(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** The newest finished general-profile run of the building's city. */
    Optional<Long> findLatestRunFor(long buildingId) {
        return jdbc.sql("select r.id from evaluation_run r where r.profile = 'general' and r.status = 'DONE'"
                        + " and r.city_id = (select p.city_id from building b join place p on p.id = b.community_id"
                        + " where b.id = ?) order by r.id desc limit 1")
                .param(buildingId)
                .query(Long.class)
                .optional();
    }

    List<HomeAccess> listHomeAccess(long runId, long buildingId) {
        return jdbc.sql("select category, facility_ref, walk_time_s from building_access"
                        + " where run_id = ? and building_id = ? order by category")
                .params(runId, buildingId)
                .query((rs, row) ->
                        new HomeAccess(rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Integer.class)))
                .list();
    }

    private static java.util.Map<String, Object> parameters(long runId, String category, Bbox bbox, int beyond_s) {
        return java.util.Map.of(
                "run", runId,
                "category", category,
                "west", bbox.west(),
                "east", bbox.east(),
                "south", bbox.south(),
                "north", bbox.north(),
                "beyond", beyond_s);
    }
}
