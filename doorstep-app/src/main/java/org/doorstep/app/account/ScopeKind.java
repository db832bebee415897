package org.doorstep.app.account;

/** What a grant ({@code user_scope.kind}) points at: a place of any level, a facility or a household. */
public enum ScopeKind {
    /** A city, district, street or community, and every place below it. */
    PLACE,
    /** One facility, for its operator. */
    FACILITY,
    /** One household, for a resident or family member. */
    HOUSEHOLD;

    /**
     * True where a user of this role may hold grants of this kind: workers, street officers and planners hold places,
     * operators facilities, residents households; an administrator sees everything and holds none. Refusing the rest
     * keeps a slip (a resident granted a whole community) from widening anyone's view.
     */
    public boolean fits(Role role) {
        return switch (role) {
            case COMMUNITY_WORKER, STREET_OFFICER, PLANNER -> this == PLACE;
            case OPERATOR -> this == FACILITY;
            case RESIDENT -> this == HOUSEHOLD;
            case ADMIN -> false;
        };
    }
}
