package org.doorstep.app.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.facility.FacilityService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request's way from NEW to CLOSED: triage and dispatch by staff (community workers, street officers,
 * administrators), work by the operator, closing and re-opening by staff or the reporter, "+1"s by other residents
 * and the reporter's rating once it is closed. A request the user may not see is answered 404.
 */
@Service
class RequestWorkflow {

    private static final ScopeSql.Condition ANY = new ScopeSql.Condition("1 = 1", Map.of());

    private final ServiceRequestRepository requests;
    private final WorkOrderRepository workOrders;
    private final RequestServiceCatalog catalog;
    private final RequestAccess access;
    private final FacilityService facilities;
    private final Clock clock;

    RequestWorkflow(
            ServiceRequestRepository requests,
            WorkOrderRepository workOrders,
            RequestServiceCatalog catalog,
            RequestAccess access,
            FacilityService facilities,
            Clock clock) {
        this.requests = requests;
        this.workOrders = workOrders;
        this.catalog = catalog;
        this.access = access;
        this.facilities = facilities;
        this.clock = clock;
    }

    @Transactional
    public void triage(AccessScope scope, long id, @Nullable String note) {
        move(scope, staffRequest(scope, id), RequestState.TRIAGED, note);
    }

    /** Dispatches to the given operator, or to the one the routing rules chose; opens a work order due by the promise. */
    @Transactional
    public WorkOrder dispatch(AccessScope scope, long id, @Nullable Long operatorId) {
        ServiceRequest request = staffRequest(scope, id);
        Long operator = operatorId != null ? operatorId : request.operatorId();
        if (operator == null) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "operatorId: no routing rule names an operator for this request");
        }
        String name = facilities
                .findOperatorName(operator)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.UNPROCESSABLE_ENTITY, "operatorId: no operator " + operator));
        move(scope, request, RequestState.DISPATCHED, "dispatched to " + name);
        workOrders.cancelOpen(id);
        requests.assign(id, operator, name);
        long workOrder = workOrders.insert(id, operator, now(), request.expectedAt());
        return workOrders.find(workOrder, ANY).orElseThrow();
    }

    @Transactional
    public void close(AccessScope scope, long id, @Nullable String note) {
        ServiceRequest request = reporterOrStaffRequest(scope, id);
        move(scope, request, RequestState.CLOSED, note);
        workOrders.cancelOpen(id);
    }

    /** Re-opens a resolved or closed request with a reason; it gets a new promised date. */
    @Transactional
    public void reopen(AccessScope scope, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: say why the request is re-opened");
        }
        ServiceRequest request = reporterOrStaffRequest(scope, id);
        move(scope, request, RequestState.REOPENED, reason);
        requests.renewPromise(
                id, now().plus(catalog.getService(request.serviceCode()).serviceLevel()));
    }

    /** A "+1" of another resident on an open request; giving it twice counts once, the reporter's own not at all. */
    @Transactional
    public int support(AccessScope scope, long id) {
        requests.find(id, ANY).filter(r -> r.state().isOpen()).orElseThrow(() -> notFound(id));
        requests.addSupporter(id, scope.userId(), now());
        return requests.find(id, ANY).orElseThrow().supporters();
    }

    /** The reporter's rating, 1 to 5 stars, once the request is closed; once only. */
    @Transactional
    public void rate(AccessScope scope, long id, int stars, @Nullable String comment) {
        if (stars < 1 || stars > 5) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "stars: must lie in 1..5, not " + stars);
        }
        ServiceRequest request = requests.find(id, access.readable(scope)).orElseThrow(() -> notFound(id));
        if (request.reporterUserId() == null || request.reporterUserId() != scope.userId()) {
            throw new ScopeDeniedException("only the reporter rates a request");
        }
        if (request.state().isOpen()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the request is still open: rate it once closed");
        }
        if (!workOrders.rate(id, stars, comment, scope.userId(), now())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "this request has been rated already");
        }
    }

    /** The operator starts a work order: its request goes IN_PROGRESS. */
    @Transactional
    public void startWork(AccessScope scope, long workOrderId) {
        WorkOrder order = openWorkOrder(scope, workOrderId);
        move(scope, requests.find(order.requestId(), ANY).orElseThrow(), RequestState.IN_PROGRESS, null);
    }

    /** The operator completes a work order: its request is RESOLVED with the note as status notes. */
    @Transactional
    public void completeWork(AccessScope scope, long workOrderId, @Nullable String note) {
        WorkOrder order = openWorkOrder(scope, workOrderId);
        workOrders.complete(workOrderId, note, now());
        move(scope, requests.find(order.requestId(), ANY).orElseThrow(), RequestState.RESOLVED, note);
    }

    private WorkOrder openWorkOrder(AccessScope scope, long workOrderId) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        return workOrders
                .find(workOrderId, access.operatorIn(scope, "w.operator_id"))
                .filter(w -> w.state().equals("DISPATCHED"))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no open work order " + workOrderId + " of yours"));
    }

    private ServiceRequest staffRequest(AccessScope scope, long id) {
        if (!RequestAccess.isStaff(scope)) {
            throw new ScopeDeniedException("role " + scope.role() + " does not handle requests");
        }
        return requests.find(id, access.readable(scope)).orElseThrow(() -> notFound(id));
    }

    private ServiceRequest reporterOrStaffRequest(AccessScope scope, long id) {
        ServiceRequest request = requests.find(id, access.readable(scope)).orElseThrow(() -> notFound(id));
        boolean reporter = request.reporterUserId() != null && request.reporterUserId() == scope.userId();
        if (!reporter && !RequestAccess.isStaff(scope)) {
            throw new ScopeDeniedException("only the reporter or staff may do this");
        }
        return request;
    }

    private void move(AccessScope scope, ServiceRequest request, RequestState to, @Nullable String note) {
        if (!request.state().canBecome(to) || !requests.transition(request, to, note, scope.username(), now())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "request " + request.id() + " is " + request.state() + ": it cannot become " + to);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no service request " + id + " in your scope");
    }
}
