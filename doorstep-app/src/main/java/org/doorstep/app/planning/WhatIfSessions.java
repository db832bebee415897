package org.doorstep.app.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The open what-if sessions, in memory only: at most {@value #MAX_PER_USER} per user and {@value #MAX_SESSIONS} in
 * all. Starting one more ends the user's own least recently used session, or where the server is full the least
 * recently used of all, so that one user opening many never ends everyone else's. Each is ended after {@link #IDLE}
 * without an edit. A restart ends them all; none is ever written anywhere. A session holds its city's model, network
 * and engine sessions, so the bound is what keeps memory in check. Thread-safe.
 */
@Component
class WhatIfSessions {

    static final int MAX_SESSIONS = 8;
    static final int MAX_PER_USER = 2;
    static final Duration IDLE = Duration.ofMinutes(30);

    private final Clock clock;
    // Access order: the first entry is the least recently used session.
    private final LinkedHashMap<String, WhatIfSession> sessions = new LinkedHashMap<>(16, 0.75f, true);

    WhatIfSessions(Clock clock) {
        this.clock = clock;
    }

    synchronized WhatIfSession open(String owner, PlannedCity city) {
        dropExpired();
        while (sessions.values().stream().filter(s -> s.owner().equals(owner)).count() >= MAX_PER_USER) {
            endLeastRecentlyUsed(s -> s.owner().equals(owner));
        }
        while (sessions.size() >= MAX_SESSIONS) {
            endLeastRecentlyUsed(s -> true);
        }
        WhatIfSession session = new WhatIfSession(UUID.randomUUID().toString(), owner, city, now());
        sessions.put(session.id(), session);
        return session;
    }

    /** The owner's session, unless it expired; another user's session is as absent as an unknown one. */
    synchronized Optional<WhatIfSession> find(String owner, String id) {
        dropExpired();
        return Optional.ofNullable(sessions.get(id)).filter(s -> s.owner().equals(owner));
    }

    synchronized void close(String id) {
        sessions.remove(id);
    }

    Instant now() {
        return clock.instant();
    }

    Instant expiresAt(WhatIfSession session) {
        return session.lastUsed().plus(IDLE);
    }

    private void dropExpired() {
        Instant now = now();
        sessions.values().removeIf(s -> !expiresAt(s).isAfter(now));
    }

    private void endLeastRecentlyUsed(Predicate<WhatIfSession> among) {
        Iterator<WhatIfSession> byUse = sessions.values().iterator();
        while (byUse.hasNext()) {
            if (among.test(byUse.next())) {
                byUse.remove();
                return;
            }
        }
    }
}
