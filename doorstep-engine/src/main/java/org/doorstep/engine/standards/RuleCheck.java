package org.doorstep.engine.standards;

/**
 * The answer of one rule for one community, with its evidence.
 *
 * @param facilityId the facility that decides the answer (the one that passes, or the nearest miss), -1 if none
 * @param share the share of households within the checked distance of that facility, {@code NaN} if none
 * @param floorArea_m2 that facility's floor area, {@code NaN} if none or unknown
 * @param distance_m the walking distance checked, {@code NaN} for area rules
 * @param value the measured value of an area rule (m² per {@code per}), else {@code NaN}
 * @param required the minimum asked: the rule's minimum area or target, {@code NaN} if none
 * @param reason one sentence in English for reports and logs
 */
public record RuleCheck(
        StandardRule rule,
        Outcome outcome,
        long facilityId,
        double share,
        double floorArea_m2,
        double distance_m,
        double value,
        double required,
        String reason) {

    /** Pass, fail, or not applicable (the rule cannot be judged from the evidence, or does not apply). */
    public enum Outcome {
        PASS,
        FAIL,
        NOT_APPLICABLE
    }
}
