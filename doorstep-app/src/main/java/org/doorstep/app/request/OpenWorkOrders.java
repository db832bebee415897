package org.doorstep.app.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccessScope;
import org.springframework.stereotype.Service;

/**
 * The open work orders of the reader's operators, each with its request as the operator may read it, in one answer:
 * the operator's page showed each request by asking for it on its own.
 */
@Service
class OpenWorkOrders {

    /** A work order (its fields at the top level, as before) and the request it carries out. */
    record OpenWorkOrder(@JsonUnwrapped WorkOrder order, ServiceRequest request) {}

    private final WorkOrderRepository workOrders;
    private final ServiceRequestRepository requests;
    private final RequestAccess access;

    OpenWorkOrders(WorkOrderRepository workOrders, ServiceRequestRepository requests, RequestAccess access) {
        this.workOrders = workOrders;
        this.requests = requests;
        this.access = access;
    }

    /** By due time; a work order whose request the reader may not read (none should be) is left out. */
    List<OpenWorkOrder> list(AccessScope scope) {
        List<WorkOrder> open = workOrders.listOpen(access.operatorIn(scope, "w.operator_id"));
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceRequest> byId = requests
                .list(
                        "sr.id in (:ids)",
                        Map.of("ids", open.stream().map(WorkOrder::requestId).toList()),
                        access.readable(scope))
                .stream()
                .collect(Collectors.toMap(ServiceRequest::id, Function.identity()));
        return open.stream()
                .filter(o -> byId.containsKey(o.requestId()))
                .map(o -> new OpenWorkOrder(o, byId.get(o.requestId())))
                .toList();
    }
}
