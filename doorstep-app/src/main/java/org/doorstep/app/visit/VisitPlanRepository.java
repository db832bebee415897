package org.doorstep.app.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Visit plans, always read through an {@link AccessScope}'s places. */
@Repository
class VisitPlanRepository {

    private static final String SELECT = "select p.id, p.resident_id, p.community_id, p.plan_month,"
            + " p.visitor_user_id, p.visitor_name, exists (select 1 from visit_record v where v.plan_id = p.id"
            + " and v.outcome = 'VISITED') as visited from visit_plan p";

    private final JdbcClient jdbc;

    VisitPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long residentId, long communityId, YearMonth month, @Nullable Long userId, @Nullable String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into visit_plan (resident_id, community_id, plan_month, visitor_user_id, visitor_name)"
                        + " values (?, ?, ?, ?, ?)")
                .params(residentId, communityId, month.atDay(1), userId, name)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The residents of a community that already have a plan for the month. */
    Set<Long> plannedResidents(long communityId, YearMonth month) {
        return Set.copyOf(jdbc.sql("select resident_id from visit_plan where community_id = ? and plan_month = ?")
                .params(communityId, month.atDay(1))
                .query(Long.class)
                .list());
    }

    List<VisitPlan> listPlans(AccessScope scope, long communityId, YearMonth month) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "p.community_id");
        return jdbc.sql(SELECT + " where p.community_id = :community and p.plan_month = :month and " + inScope.sql()
                        + " order by p.resident_id")
                .param("community", communityId)
                .param("month", month.atDay(1))
                .params(inScope.parameters())
                .query(VisitPlanRepository::plan)
                .list();
    }

    Optional<VisitPlan> findPlan(AccessScope scope, long planId) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "p.community_id");
        return jdbc.sql(SELECT + " where p.id = :id and " + inScope.sql())
                .param("id", planId)
                .params(inScope.parameters())
                .query(VisitPlanRepository::plan)
                .optional();
    }

    /** This month's plans of a community without a visit that fulfils the duty. */
    List<VisitPlan> listUnvisited(AccessScope scope, long communityId, YearMonth month) {
        return listPlans(scope, communityId, month).stream()
                .filter(p -> !p.visited())
                .toList();
    }

    private static VisitPlan plan(ResultSet rs, int row) throws SQLException {
        long userId = rs.getLong("visitor_user_id");
        Long visitorUserId = rs.wasNull() ? null : userId;
        return new VisitPlan(
                rs.getLong("id"),
                rs.getLong("resident_id"),
                rs.getLong("community_id"),
                YearMonth.from(rs.getObject("plan_month", LocalDate.class)),
                visitorUserId,
                rs.getString("visitor_name"),
                rs.getBoolean("visited"));
    }
}
