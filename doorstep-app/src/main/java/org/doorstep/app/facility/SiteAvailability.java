package org.doorstep.app.facility;

/**
 * Whether a candidate site can be planned with: available, reserved (under negotiation, still offered to planning), or
 * withdrawn (kept for the record, left out of planning and of the planner's export).
 */
public enum SiteAvailability {
    AVAILABLE,
    RESERVED,
    WITHDRAWN;

    /** True where planning may choose the site. */
    public boolean offered() {
        return this != WITHDRAWN;
    }
}
