package org.doorstep.app.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Work orders and ratings; reads take the operator condition of the reader. */
@Repository
class WorkOrderRepository {

    private final JdbcClient jdbc;

    WorkOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long requestId, long operatorId, OffsetDateTime at, OffsetDateTime due) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into work_order (request_id, operator_id, state, dispatched_at, due_at)"
                        + " values (?, ?, 'DISPATCHED', ?, ?)")
                .params(requestId, operatorId, at, due)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<WorkOrder> find(long id, ScopeSql.Condition operators) {
        return jdbc.sql("select * from work_order w where w.id = :id and " + operators.sql())
                .param("id", id)
                .params(operators.parameters())
                .query(WorkOrderRepository::workOrder)
                .optional();
    }

    /** The open work orders of the reader's operators, by due time. */
    List<WorkOrder> listOpen(ScopeSql.Condition operators) {
        return jdbc.sql("select * from work_order w where w.state = 'DISPATCHED' and " + operators.sql()
                        + " order by w.due_at, w.id")
                .params(operators.parameters())
                .query(WorkOrderRepository::workOrder)
                .list();
    }

    /** Completes an open work order; false if it was no longer open. */
    boolean complete(long id, @Nullable String note, OffsetDateTime at) {
        return jdbc.sql("update work_order set state = 'COMPLETED', completed_at = ?, note = ? where id = ?"
                                + " and state = 'DISPATCHED'")
                        .params(at, note, id)
                        .update()
                == 1;
    }

    /** Cancels a request's open work orders, when it is closed or re-dispatched by staff. */
    void cancelOpen(long requestId) {
        jdbc.sql("update work_order set state = 'CANCELLED' where request_id = ? and state = 'DISPATCHED'")
                .param(requestId)
                .update();
    }

    /** Stores a rating unless the request already has one; false if it had. */
    boolean rate(long requestId, int stars, @Nullable String comment, long userId, OffsetDateTime at) {
        boolean rated = jdbc.sql("select count(*) from service_request_rating where request_id = ?")
                        .param(requestId)
                        .query(Long.class)
                        .single()
                > 0;
        if (rated) {
            return false;
        }
        jdbc.sql("insert into service_request_rating (request_id, stars, rating_comment, rated_by, rated_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(requestId, stars, comment, userId, at)
                .update();
        return true;
    }

    private static WorkOrder workOrder(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WorkOrder(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getLong("operator_id"),
                rs.getString("state"),
                rs.getObject("dispatched_at", OffsetDateTime.class),
                rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class),
                rs.getString("note"));
    }
}
