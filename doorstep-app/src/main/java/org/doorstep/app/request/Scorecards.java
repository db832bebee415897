package org.doorstep.app.request;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operator scorecards from work orders, ratings and re-openings. An operator reads its own only (another's is
 * answered 404); staff, planners and administrators read any.
 */
@Service
class Scorecards {

    private final JdbcClient jdbc;
    private final RequestAccess access;

    Scorecards(JdbcClient jdbc, RequestAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    Scorecard scorecard(AccessScope scope, long operatorId) {
        if (scope.role() == Role.RESIDENT
                || (scope.role() == Role.OPERATOR && !access.operators(scope).contains(operatorId))) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no scorecard of operator " + operatorId + " for you");
        }
        long[] orders = jdbc.sql("select count(*), sum(case when state = 'COMPLETED' then 1 else 0 end),"
                        + " sum(case when state = 'COMPLETED' and completed_at <= due_at then 1 else 0 end)"
                        + " from work_order where operator_id = ?")
                .param(operatorId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        double[] ratings = jdbc.sql("select count(*), avg(cast(g.stars as double precision)),"
                        + " sum(case when g.stars <= 2 then 1 else 0 end) from service_request_rating g"
                        + " join service_request r on r.id = g.request_id where r.operator_id = ?")
                .param(operatorId)
                .query((rs, row) -> new double[] {rs.getLong(1), rs.getDouble(2), rs.getLong(3)})
                .single();
        long reopenings = jdbc.sql("select count(*) from service_request_event e join service_request r"
                        + " on r.id = e.request_id where r.operator_id = ? and e.to_state = 'REOPENED'")
                .param(operatorId)
                .query(Long.class)
                .single();
        return new Scorecard(
                operatorId,
                orders[0],
                orders[1],
                orders[2],
                orders[1] == 0 ? null : (double) orders[2] / orders[1],
                (long) ratings[0],
                ratings[0] == 0 ? null : ratings[1],
                reopenings + (long) ratings[2]);
    }
}
