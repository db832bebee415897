package org.doorstep.app.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The handling of requests behind Open311: the staff's queue, states, dispatch, work orders, "+1", ratings, routing,
 * scorecards.
 */
@RestController
class RequestController {

    record Note(@Nullable String note) {}

    record Dispatch(@Nullable Long operatorId) {}

    record Reopen(String reason) {}

    record Rating(int stars, @Nullable String comment) {}

    record RoutingRule(
            String serviceCode, @Nullable Long placeId, @Nullable Long operatorId, @Nullable String department) {}

    private final AccessScopes scopes;
    private final RequestDetails details;
    private final RequestWorkflow workflow;
    private final OpenWorkOrders openWorkOrders;
    private final RequestRouting routing;
    private final RequestServiceCatalog catalog;
    private final Scorecards scorecards;
    private final RequestQueue queue;

    RequestController(
            AccessScopes scopes,
            RequestDetails details,
            RequestWorkflow workflow,
            OpenWorkOrders openWorkOrders,
            RequestRouting routing,
            RequestServiceCatalog catalog,
            Scorecards scorecards,
            RequestQueue queue) {
        this.scopes = scopes;
        this.details = details;
        this.workflow = workflow;
        this.openWorkOrders = openWorkOrders;
        this.routing = routing;
        this.catalog = catalog;
        this.scorecards = scorecards;
        this.queue = queue;
    }

    /** A community's queue for its staff: open requests unless {@code state} names others, overdue ones if asked. */
    @GetMapping("/api/requests")
    List<RequestQueue.QueuedRequest> listQueue(
            @RequestParam long communityId,
            @RequestParam(required = false) @Nullable Set<RequestState> state,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return queue.listQueue(scopes.current(), communityId, state == null ? Set.of() : state, overdue);
    }

    @GetMapping("/api/requests/{id}")
    RequestDetails.RequestDetail getRequest(@PathVariable long id) {
        return details.getRequest(scopes.current(), id);
    }

    @PostMapping("/api/requests/{id}/triage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void triage(@PathVariable long id, @RequestBody(required = false) @Nullable Note note) {
        workflow.triage(scopes.current(), id, note == null ? null : note.note());
    }

    @PostMapping("/api/requests/{id}/dispatch")
    @ResponseStatus(HttpStatus.CREATED)
    WorkOrder dispatch(@PathVariable long id, @RequestBody(required = false) @Nullable Dispatch dispatch) {
        return workflow.dispatch(scopes.current(), id, dispatch == null ? null : dispatch.operatorId());
    }

    @PostMapping("/api/requests/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable long id, @RequestBody(required = false) @Nullable Note note) {
        workflow.close(scopes.current(), id, note == null ? null : note.note());
    }

    @PostMapping("/api/requests/{id}/reopen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reopen(@PathVariable long id, @RequestBody Reopen reopen) {
        workflow.reopen(scopes.current(), id, reopen.reason());
    }

    @PostMapping("/api/requests/{id}/support")
    Map<String, Integer> support(@PathVariable long id) {
        return Map.of("supporters", workflow.support(scopes.current(), id));
    }

    @PostMapping("/api/requests/{id}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    void rate(@PathVariable long id, @RequestBody Rating rating) {
        workflow.rate(scopes.current(), id, rating.stars(), rating.comment());
    }

    @GetMapping("/api/work-orders")
    List<OpenWorkOrders.OpenWorkOrder> listWorkOrders() {
        return openWorkOrders.list(scopes.current());
    }

    @PostMapping("/api/work-orders/{id}/start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void startWork(@PathVariable long id) {
        workflow.startWork(scopes.current(), id);
    }

    @PostMapping("/api/work-orders/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void completeWork(@PathVariable long id, @RequestBody(required = false) @Nullable Note note) {
        workflow.completeWork(scopes.current(), id, note == null ? null : note.note());
    }

    @GetMapping("/api/operators/{id}/scorecard")
    Scorecard scorecard(@PathVariable long id) {
        return scorecards.scorecard(scopes.current(), id);
    }

    /** Administrators set where a service's requests go at a place (no place: anywhere). */
    @PutMapping("/api/requests/routing-rules")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setRoutingRule(@RequestBody RoutingRule rule) {
        scopes.current().requireRole(Role.ADMIN);
        catalog.getService(rule.serviceCode());
        if ((rule.operatorId() == null)
                == (rule.department() == null || rule.department().isBlank())) {
            throw new Open311Exception(400, "name exactly one of operatorId and department");
        }
        routing.setRule(rule.serviceCode(), rule.placeId(), rule.operatorId(), rule.department());
    }
}
