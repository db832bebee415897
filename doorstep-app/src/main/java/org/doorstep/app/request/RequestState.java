package org.doorstep.app.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A request's internal state. Open311 shows only {@code open} or {@code closed}: a resolved request is closed to
 * the outside while its reporter may still re-open it.
 */
public enum RequestState {
    NEW,
    TRIAGED,
    DISPATCHED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED,
    REOPENED;

    private static final Map<RequestState, Set<RequestState>> NEXT = Map.of(
            NEW, EnumSet.of(TRIAGED, DISPATCHED, CLOSED),
            TRIAGED, EnumSet.of(DISPATCHED, CLOSED),
            DISPATCHED, EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED),
            IN_PROGRESS, EnumSet.of(RESOLVED, CLOSED),
            RESOLVED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(TRIAGED, DISPATCHED, CLOSED));

    /** True until resolved or closed. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The Open311 status: {@code open} or {@code closed}. */
    public String open311Status() {
        return isOpen() ? "open" : "closed";
    }

    boolean canBecome(RequestState next) {
        return NEXT.get(this).contains(next);
    }

    /** The states Open311's {@code open} or {@code closed} stands for. */
    static Set<RequestState> ofOpen311Status(String status) {
        EnumSet<RequestState> states = EnumSet.noneOf(RequestState.class);
        for (RequestState state : values()) {
            if (state.open311Status().equals(status)) {
                states.add(state);
            }
        }
        return states;
    }
}
