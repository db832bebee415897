package org.doorstep.app.booking;

import java.time.Instant;

/** What booking a session needs to know of it: when it starts (for the rules) and the service it belongs to. */
record BookableSession(long sessionId, Instant startsAt, OfferedService service) {}
