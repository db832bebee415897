package org.doorstep.app.booking;

/** What a facility's service is; childcare kinds are the childcare module's to price and cap. */
public enum ServiceKind {
    DAY_CARE,
    MEAL,
    CHILDCARE_FULL_DAY,
    CHILDCARE_HALF_DAY,
    CHILDCARE_TIMED,
    CHILDCARE_TEMPORARY,
    HOUSEKEEPING,
    HEALTH_CHECK,
    ACTIVITY;

    /** True for care of children under 3 (托育), whose sessions follow carer-to-child ratios. */
    public boolean isChildcare() {
        return name().startsWith("CHILDCARE_");
    }
}
