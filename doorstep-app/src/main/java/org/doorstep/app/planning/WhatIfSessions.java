package org.doorstep.app.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The open what-if sessions, in memory only: at most {@value #MAX_SESSIONS} (starting one more ends the least recently
 * used), each ended after {@link #IDLE} without an edit. A restart ends them all; none is ever written anywhere. A
 * session holds its city's model, network and engine sessions, so the bound is what keeps memory in check.
 * Thread-safe.
 */
@Component
class WhatIfSessions {

    static final int MAX_SESSIONS = 8;
    static final Duration IDLE = Duration.ofMinutes(30);

    private final Clock clock;
    // Access order: the eldest entry is the least recently used session.
    private final LinkedHashMap<String, WhatIfSession> sessions = new LinkedHashMap<>(16, 0.75f, true);

    WhatIfSessions(Clock clock) {
        this.clock = clock;
    }

    synchronized WhatIfSession open(String owner, PlannedCity city) {
        dropExpired();
        while (sessions.size() >= MAX_SESSIONS) {
            Iterator<Map.Entry<String, WhatIfSession>> eldest =
                    sessions.entrySet().iterator();
            eldest.next();
            eldest.remove();
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
}
