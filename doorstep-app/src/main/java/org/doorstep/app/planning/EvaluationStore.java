package org.doorstep.app.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Evaluation runs and their results in {@code evaluation_run}, {@code building_access}, {@code community_coverage}. */
@Repository
class EvaluationStore {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    EvaluationStore(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    long createRun(long cityId, String profile, String requestedBy, String thresholdsMin) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evaluation_run (city_id, profile, status, requested_by, requested_at, thresholds_min)"
                        + " values (?, ?, 'QUEUED', ?, ?, ?)")
                .params(cityId, profile, requestedBy, OffsetDateTime.now(clock), thresholdsMin)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void markPhase(long runId, String phase) {
        jdbc.sql("update evaluation_run set status = 'RUNNING', phase = ? where id = ?")
                .params(phase, runId)
                .update();
    }

    void markFailed(long runId, String error) {
        jdbc.sql("update evaluation_run set status = 'FAILED', error = ?, finished_at = ? where id = ?")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, OffsetDateTime.now(clock), runId)
                .update();
    }

    /** Stores a run's results and marks it done, all in one transaction: a run is complete or has no results. */
    @Transactional
    void saveResult(long runId, int buildings, int facilities, CityEvaluation.Result result) {
        batches.batchUpdate(
                "insert into building_access (run_id, building_id, category, walk_time_s, facility_ref)"
                        + " values (?, ?, ?, ?, ?)",
                result.buildings(),
                BATCH,
                (statement, b) -> {
                    statement.setLong(1, runId);
                    statement.setLong(2, b.buildingId());
                    statement.setString(3, b.category().code());
                    statement.setObject(4, b.walkTime_s(), Types.INTEGER);
                    statement.setObject(5, b.facilityId(), Types.BIGINT);
                });
        batches.batchUpdate(
                "insert into community_coverage (run_id, community_id, category, minutes, residents, households,"
                        + " target_group, resident_share, target_share, mean_e2sfca, area_m2_per_100_households)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                result.communities(),
                BATCH,
                (statement, c) -> {
                    statement.setLong(1, runId);
                    statement.setLong(2, c.communityId());
                    statement.setString(3, c.category().code());
                    statement.setInt(4, c.minutes());
                    statement.setDouble(5, c.residents());
                    statement.setDouble(6, c.households());
                    statement.setDouble(7, c.targetGroup());
                    statement.setObject(8, finite(c.residentShare()), Types.DOUBLE);
                    statement.setObject(9, finite(c.targetShare()), Types.DOUBLE);
                    statement.setObject(10, finite(c.meanE2sfca()), Types.DOUBLE);
                    statement.setObject(11, finite(c.area_m2Per100Households()), Types.DOUBLE);
                });
        jdbc.sql("update evaluation_run set status = 'DONE', phase = null, finished_at = ?, buildings = ?,"
                        + " facilities = ?, residents_source = ?, residents = ?, unsnapped_buildings = ? where id = ?")
                .params(
                        OffsetDateTime.now(clock),
                        buildings,
                        facilities,
                        result.estimated() ? "estimated" : "registry",
                        result.residents(),
                        result.unsnappedBuildings(),
                        runId)
                .update();
    }

    Optional<EvaluationRun> findRun(long runId) {
        return jdbc.sql("select * from evaluation_run where id = ?")
                .param(runId)
                .query(EvaluationStore::run)
                .optional();
    }

    /** The newest finished run of a city and profile, if any. */
    Optional<EvaluationRun> findLatestDone(long cityId, String profile) {
        return jdbc.sql("select * from evaluation_run where city_id = ? and profile = ? and status = 'DONE'"
                        + " order by id desc limit 1")
                .params(cityId, profile)
                .query(EvaluationStore::run)
                .optional();
    }

    List<EvaluationRun> listRuns(long cityId) {
        return jdbc.sql("select * from evaluation_run where city_id = ? order by id desc")
                .param(cityId)
                .query(EvaluationStore::run)
                .list();
    }

    /**
     * A run's coverage of one category within one threshold, per community by id, with the community's name and code;
     * counts and shares of communities with fewer than {@code minimumCount} residents suppressed.
     */
    List<CommunityCoverageRow> listCommunityCoverage(long runId, String category, int minutes, int minimumCount) {
        return jdbc.sql("select c.*, p.name, p.code from community_coverage c join place p on p.id = c.community_id"
                        + " where c.run_id = ? and c.category = ? and c.minutes = ? order by c.community_id")
                .params(runId, category, minutes)
                .query((rs, row) -> coverageRow(rs, minimumCount))
                .list();
    }

    /** A run's coverage of every category within every threshold, by community id, category and minutes. */
    List<CommunityCoverageRow> listCommunityCoverage(long runId, int minimumCount) {
        return jdbc.sql("select c.*, p.name, p.code from community_coverage c join place p on p.id = c.community_id"
                        + " where c.run_id = ? order by c.community_id, c.category, c.minutes")
                .param(runId)
                .query((rs, row) -> coverageRow(rs, minimumCount))
                .list();
    }

    private static CommunityCoverageRow coverageRow(ResultSet rs, int minimumCount) throws SQLException {
        boolean suppressed = rs.getDouble("residents") < minimumCount;
        return new CommunityCoverageRow(
                rs.getLong("community_id"),
                rs.getString("name"),
                rs.getString("code"),
                rs.getString("category"),
                rs.getInt("minutes"),
                suppressed ? null : rs.getDouble("residents"),
                suppressed ? null : rs.getDouble("households"),
                suppressed ? null : rs.getDouble("target_group"),
                suppressed,
                suppressed ? null : rs.getObject("resident_share", Double.class),
                suppressed ? null : rs.getObject("target_share", Double.class),
                suppressed ? null : rs.getObject("mean_e2sfca", Double.class),
                suppressed ? null : rs.getObject("area_m2_per_100_households", Double.class));
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static EvaluationRun run(ResultSet rs, int row) throws SQLException {
        return new EvaluationRun(
                rs.getLong("id"),
                rs.getLong("city_id"),
                rs.getString("profile"),
                EvaluationStatus.valueOf(rs.getString("status")),
                rs.getString("phase"),
                rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("error"),
                rs.getObject("buildings", Integer.class),
                rs.getObject("facilities", Integer.class),
                rs.getString("residents_source"),
                rs.getObject("residents", Double.class),
                rs.getObject("unsnapped_buildings", Integer.class),
                rs.getString("thresholds_min"));
    }
}
