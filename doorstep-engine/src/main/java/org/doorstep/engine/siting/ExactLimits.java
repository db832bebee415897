package org.doorstep.engine.siting;

/**
 * When and how long the exact check runs. Beyond the size limits it is skipped (the result then says so); the time
 * limit is CP-SAT's deterministic time (about one second per unit on a current machine), so that the same instance gives
 * the same answer on every machine.
 *
 * @param maxCandidates most eligible candidates the model may hold
 * @param maxGroups most demand groups (points merged by their set of coverers) the model may hold
 * @param deterministicTime_s CP-SAT's {@code max_deterministic_time}, {@code > 0}
 */
public record ExactLimits(int maxCandidates, int maxGroups, double deterministicTime_s) {

    /** 5,000 candidates, 200,000 groups, 10 units of deterministic time. */
    public static final ExactLimits DEFAULT = new ExactLimits(5_000, 200_000, 10);

    /** Never runs the exact check. */
    public static final ExactLimits SKIP = new ExactLimits(0, 0, 1);

    public ExactLimits {
        if (maxCandidates < 0 || maxGroups < 0 || !(deterministicTime_s > 0)) {
            throw new IllegalArgumentException("limits must be >= 0 and the time > 0, got " + maxCandidates + ", "
                    + maxGroups + ", " + deterministicTime_s);
        }
    }
}
