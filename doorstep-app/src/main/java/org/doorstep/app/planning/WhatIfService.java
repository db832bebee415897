package org.doorstep.app.planning;

import java.time.Instant;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What-if editing for planners: a session over a city they are granted, as its registry stands, walked with its newest
 * evaluation's profile; edits change only the session ({@link WhatIfSessions}), never the registry.
 */
@Service
public class WhatIfService {

    /** A started session: its id, what it is over and when it ends unless used. */
    public record SessionView(String id, long cityId, long runId, String profile, int[] minutes, Instant expiresAt) {}

    private final PlannedCities cities;
    private final WhatIfSessions sessions;

    WhatIfService(PlannedCities cities, WhatIfSessions sessions) {
        this.cities = cities;
        this.sessions = sessions;
    }

    public SessionView startSession(AccessScope scope, long cityId) {
        PlannedCity city = cities.load(scope, cityId);
        return view(sessions.open(scope.username(), city));
    }

    public WhatIfOutcome applyEdit(AccessScope scope, String sessionId, WhatIfEdit edit) {
        WhatIfSession session = getSession(scope, sessionId);
        // The grant may have been withdrawn since the session started.
        cities.requireCity(scope, session.city().cityId());
        return session.apply(edit, sessions.now());
    }

    public void endSession(AccessScope scope, String sessionId) {
        sessions.close(getSession(scope, sessionId).id());
    }

    private WhatIfSession getSession(AccessScope scope, String sessionId) {
        scope.requireRole(Role.PLANNER, Role.ADMIN);
        return sessions.find(scope.username(), sessionId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no what-if session " + sessionId + " (sessions end after " + WhatIfSessions.IDLE.toMinutes()
                                + " idle minutes)"));
    }

    private SessionView view(WhatIfSession session) {
        PlannedCity city = session.city();
        return new SessionView(
                session.id(),
                city.cityId(),
                city.run().id(),
                city.run().profile(),
                city.thresholds_min(),
                sessions.expiresAt(session));
    }
}
