package org.doorstep.engine.cli;

import java.util.Arrays;
import java.util.List;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleKind;
import org.doorstep.engine.standards.StandardRule;
import org.doorstep.engine.standards.StandardsCatalog;

/**
 * The walking distances of the standards as time thresholds. A distance becomes a time at the general profile's speed
 * (1.0 m/s: 300 m is 300 s), whatever profile is evaluated: the elderly profile's slower walk times are compared with
 * the same thresholds, so it covers less, which is what it is for.
 */
final class WalkThresholds {

    /** The levels whose coverage is reported per community and category: 5, 10 and 15 minutes. */
    static final List<LifeCircleLevel> COVERAGE_LEVELS =
            List.of(LifeCircleLevel.FIVE_MIN, LifeCircleLevel.TEN_MIN, LifeCircleLevel.FIFTEEN_MIN);

    /** The levels a community's standards are checked at. */
    static final List<LifeCircleLevel> CHECKED_LEVELS = List.of(
            LifeCircleLevel.FIVE_MIN,
            LifeCircleLevel.TEN_MIN,
            LifeCircleLevel.FIFTEEN_MIN,
            LifeCircleLevel.BLOCK,
            LifeCircleLevel.COMMUNITY);

    private WalkThresholds() {}

    /** A walking distance in metres as a time in ms at {@link WalkProfile#GENERAL}'s speed, rounded. */
    static int time_ms(double distance_m) {
        return (int) Math.round(distance_m / WalkProfile.GENERAL.speed_mps() * 1000);
    }

    /** The walking distance of each {@link #COVERAGE_LEVELS} level, in metres. */
    static double[] coverageDistances_m(StandardsCatalog catalog) {
        return COVERAGE_LEVELS.stream().mapToDouble(catalog::walkDistance_m).toArray();
    }

    /**
     * Every distance a facility or complex rule of the checked levels is checked at, ascending and distinct (300, 500
     * and 1000 m for the national default): the distances a community's evidence needs shares for.
     */
    static double[] evidenceDistances_m(StandardsCatalog catalog) {
        return catalog.rules().stream()
                .filter(r -> r.kind() == RuleKind.FACILITY || r.kind() == RuleKind.COMPLEX)
                .filter(r -> CHECKED_LEVELS.contains(r.level()))
                .mapToDouble(catalog::checkDistance_m)
                .distinct()
                .sorted()
                .toArray();
    }

    /** The time thresholds of some distances, in the same order. */
    static int[] times_ms(double[] distances_m) {
        return Arrays.stream(distances_m).mapToInt(WalkThresholds::time_ms).toArray();
    }

    /** Facility rules of one category, in catalog order. */
    static List<StandardRule> facilityRules(StandardsCatalog catalog, String categoryCode) {
        return catalog.rules().stream()
                .filter(r -> r.kind() == RuleKind.FACILITY && r.categoryCode().equals(categoryCode))
                .toList();
    }
}
