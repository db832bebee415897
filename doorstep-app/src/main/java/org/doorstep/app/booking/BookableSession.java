package org.doorstep.app.booking;

import java.time.Instant;

/**
 * What booking a session needs to know of it: when it starts (for the rules), the service it belongs to, and whether
 * it was full when read (a hint for the placement, which decides under the session's lock).
 */
record BookableSession(long sessionId, Instant startsAt, boolean lookedFull, OfferedService service) {}
