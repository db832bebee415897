package org.doorstep.engine.cli;

import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.standards.StandardRule;
import org.doorstep.engine.standards.StandardsCatalog;

/**
 * What "covered" means for a category in blind spots and siting: within the category's standard distance, the smallest
 * check distance of the catalog's facility rules of that category (the first such rule in catalog order decides), or
 * {@value #FALLBACK_DISTANCE_M} m where the catalog has none; as a time at the general speed ({@link WalkThresholds}).
 * A new facility must have at least that rule's minimum floor area ({@code NaN}: none).
 *
 * @param ruleId the deciding rule, or the empty string
 */
record CategoryStandard(ServiceCategory category, String ruleId, double distance_m, int time_ms, double minArea_m2) {

    static final double FALLBACK_DISTANCE_M = 1000;

    static CategoryStandard of(StandardsCatalog catalog, ServiceCategory category) {
        StandardRule deciding = null;
        for (StandardRule rule : WalkThresholds.facilityRules(catalog, category.code())) {
            if (deciding == null || catalog.checkDistance_m(rule) < catalog.checkDistance_m(deciding)) {
                deciding = rule;
            }
        }
        if (deciding == null) {
            return new CategoryStandard(
                    category, "", FALLBACK_DISTANCE_M, WalkThresholds.time_ms(FALLBACK_DISTANCE_M), Double.NaN);
        }
        double distance = catalog.checkDistance_m(deciding);
        return new CategoryStandard(
                category, deciding.ruleId(), distance, WalkThresholds.time_ms(distance), deciding.minArea_m2());
    }

    /** Whether a building with this nearest-facility time lacks the service. */
    boolean uncovered(int nearestTime_ms) {
        return nearestTime_ms > time_ms;
    }
}
