package org.doorstep.app.visit;

import java.time.YearMonth;
import java.util.List;
import org.doorstep.app.place.PlaceSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly visit rate, system-level and unsuppressed, for the oversight dashboard and for the scoped rate listing:
 * a place's rate covers every community at or below it. What is shown to planners must suppress small counts.
 */
@Service
public class VisitRates {

    private static final String RATES = "select p.community_id, count(*) as required, sum(case when exists (select 1"
            + " from visit_record v where v.plan_id = p.id and v.outcome = 'VISITED') then 1 else 0 end) as visited"
            + " from visit_plan p where p.plan_month = :month and " + PlaceSql.atOrBelow("p.community_id", "place");

    private final JdbcClient jdbc;

    VisitRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Visited over required plans of the month in the place and everything below it. */
    public VisitRate monthlyRate(long placeId, YearMonth month) {
        List<VisitRate> communities = byCommunity(placeId, month);
        long required = communities.stream().mapToLong(VisitRate::required).sum();
        long visited = communities.stream().mapToLong(VisitRate::visited).sum();
        return VisitRate.of(placeId, month, required, visited);
    }

    /** The rate of each community at or below the place that has plans for the month, by community id. */
    public List<VisitRate> byCommunity(long placeId, YearMonth month) {
        return jdbc.sql(RATES + " group by p.community_id order by p.community_id")
                .param("month", month.atDay(1))
                .param("place", placeId)
                .query((rs, row) ->
                        VisitRate.of(rs.getLong("community_id"), month, rs.getLong("required"), rs.getLong("visited")))
                .list();
    }
}
