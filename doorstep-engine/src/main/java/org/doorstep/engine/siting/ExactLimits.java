package org.doorstep.engine.siting;

/**
 * When and how long the exact check runs. Beyond the size limits it is skipped (the result then says so). The time limit
 * is wall-clock: a solve it cuts short reports its best sites and bound, and only such a solve may differ between
 * machines.
 *
 * @param maxCandidates most eligible candidates the model may hold
 * @param maxGroups most demand groups (points merged by their set of coverers) the model may hold
 * @param timeLimit_s wall-clock limit of the solver, {@code > 0}
 */
public record ExactLimits(int maxCandidates, int maxGroups, double timeLimit_s) {

    /** 5,000 candidates, 200,000 groups, 30 s. */
    public static final ExactLimits DEFAULT = new ExactLimits(5_000, 200_000, 30);

    /** Never runs the exact check. */
    public static final ExactLimits SKIP = new ExactLimits(0, 0, 1);

    public ExactLimits {
        if (maxCandidates < 0 || maxGroups < 0 || !(timeLimit_s > 0)) {
            throw new IllegalArgumentException("limits must be >= 0 and the time > 0, got " + maxCandidates + ", "
                    + maxGroups + ", " + timeLimit_s);
        }
    }
}
