package org.doorstep.app.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The requests of a community waiting on its staff, most urgent (earliest promised date) first, each with the steps
 * staff may take next. Reporters' contact details stay out: the detail read shows them masked, audited.
 */
@Service
class RequestQueue {

    /** What staff may do to a request in its state, each an endpoint of {@link RequestController}. */
    enum Action {
        TRIAGE(RequestState.TRIAGED),
        DISPATCH(RequestState.DISPATCHED),
        CLOSE(RequestState.CLOSED),
        REOPEN(RequestState.REOPENED);

        private final RequestState leadsTo;

        Action(RequestState leadsTo) {
            this.leadsTo = leadsTo;
        }
    }

    /**
     * A request in the queue, its service named, with whether it is past its promised date.
     *
     * @param ageHours whole hours since the request came in, by the server's clock
     */
    record QueuedRequest(
            long id,
            String serviceCode,
            String serviceName,
            RequestState state,
            @Nullable String description,
            @Nullable String address,
            OffsetDateTime requestedAt,
            OffsetDateTime expectedAt,
            long ageHours,
            boolean overdue,
            int supporters,
            List<Action> actions) {}

    private final ServiceRequestRepository requests;
    private final RequestAccess access;
    private final RequestServiceCatalog catalog;
    private final Clock clock;

    RequestQueue(ServiceRequestRepository requests, RequestAccess access, RequestServiceCatalog catalog, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The community's requests in the given states (none given: every open state) that the user may see, only the
     * overdue ones if asked; for staff only.
     */
    List<QueuedRequest> listQueue(AccessScope scope, long communityId, Set<RequestState> states, boolean overdueOnly) {
        if (!RequestAccess.isStaff(scope)) {
            throw new ScopeDeniedException("role " + scope.role() + " does not handle requests");
        }
        Set<RequestState> shown = states.isEmpty() ? openStates() : states;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("community", communityId);
        parameters.put("states", shown.stream().map(Enum::name).toList());
        Map<String, String> names = new HashMap<>();
        catalog.listServices().forEach(s -> names.put(s.code(), s.name()));
        Instant now = clock.instant();
        List<QueuedRequest> queue = new ArrayList<>();
        for (ServiceRequest r : requests.list(
                "sr.community_id = :community and sr.state in (:states)", parameters, access.readable(scope))) {
            if (!overdueOnly || r.overdue(now)) {
                queue.add(queued(r, names.getOrDefault(r.serviceCode(), r.serviceCode()), now));
            }
        }
        queue.sort(Comparator.comparing(QueuedRequest::expectedAt).thenComparing(QueuedRequest::id));
        return queue;
    }

    private static QueuedRequest queued(ServiceRequest r, String serviceName, Instant now) {
        List<Action> actions = new ArrayList<>();
        for (Action action : Action.values()) {
            if (r.state().canBecome(action.leadsTo)) {
                actions.add(action);
            }
        }
        return new QueuedRequest(
                r.id(),
                r.serviceCode(),
                serviceName,
                r.state(),
                r.description(),
                r.address(),
                r.requestedAt(),
                r.expectedAt(),
                Duration.between(r.requestedAt().toInstant(), now).toHours(),
                r.overdue(now),
                r.supporters(),
                actions);
    }

    private static Set<RequestState> openStates() {
        EnumSet<RequestState> open = EnumSet.noneOf(RequestState.class);
        for (RequestState state : RequestState.values()) {
            if (state.isOpen()) {
                open.add(state);
            }
        }
        return open;
    }
}
