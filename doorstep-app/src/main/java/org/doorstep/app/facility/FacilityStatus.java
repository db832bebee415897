package org.doorstep.app.facility;

import java.util.Set;

/** Where a facility is in its life: planned, being built or converted, open, closed (a closed one may reopen). */
public enum FacilityStatus {
    PLANNED,
    BUILDING,
    OPEN,
    CLOSED;

    /** True where a facility in this status may change to {@code next}; never to the same status. */
    public boolean canBecome(FacilityStatus next) {
        Set<FacilityStatus> allowed =
                switch (this) {
                    case PLANNED -> Set.of(BUILDING, OPEN, CLOSED);
                    case BUILDING -> Set.of(OPEN, CLOSED);
                    case OPEN -> Set.of(CLOSED);
                    case CLOSED -> Set.of(OPEN);
                };
        return allowed.contains(next);
    }
}
