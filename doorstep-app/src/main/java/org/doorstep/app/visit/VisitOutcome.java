package org.doorstep.app.visit;

/** What came of a home visit. Only {@link #VISITED} fulfils the month's duty. */
public enum VisitOutcome {
    VISITED,
    NOT_AT_HOME,
    REFUSED,
    /** In hospital: the visitor checks on them again once they are home, so the duty stays open. */
    HOSPITALISED,
    MOVED_AWAY,
    DECEASED;

    /** True where the visit counts as the month's visit. */
    public boolean fulfilsDuty() {
        return this == VISITED;
    }
}
