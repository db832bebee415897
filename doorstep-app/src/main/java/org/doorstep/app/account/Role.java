package org.doorstep.app.account;

/**
 * The kinds of user. A role says what kind of data a user may touch; the user's scope (places, facilities or a
 * household) says which.
 */
public enum Role {
    /** A resident or family member: their own household only. */
    RESIDENT,
    /** A community worker: individuals in the granted communities. */
    COMMUNITY_WORKER,
    /** A street officer: individuals in every community of the granted streets. */
    STREET_OFFICER,
    /** An operator: its own facilities, and the bookings made with them. */
    OPERATOR,
    /** A planner: aggregates of the granted districts or city, never individuals; small counts suppressed. */
    PLANNER,
    /** An administrator: accounts and everything, every read of personal data still audited. */
    ADMIN;

    /** True where this role may ever see a named individual (its scope still decides which ones). */
    public boolean seesIndividuals() {
        return this != PLANNER && this != OPERATOR;
    }
}
