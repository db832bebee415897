package org.doorstep.engine.standards;

import java.util.Optional;
import org.doorstep.engine.category.ServiceCategory;

/**
 * One row of a standards file. Numbers not stated by the rule are {@code NaN} ({@code year} 0). Immutable.
 *
 * @param ruleId unique within a catalog, for example {@code f5-day-care}
 * @param version the version of the rule set, for example {@code 2023.1}
 * @param categoryCode a {@link ServiceCategory} code, or {@code comprehensive} for rules over several categories
 * @param facility what the rule is about, in words (for a priority list: codes separated by {@code |})
 * @param walkDistance_m the walking distance along the network; for a facility row without one, its level's
 * @param areaBasis {@code building}, {@code land} or the empty string
 * @param minCount lower bound of a count in {@code unit} (residents, classes, functions)
 * @param per the population a target or area refers to, for example {@code 100 households}, or the empty string
 * @param source the clause, for example {@code GB 50180-2018 table 3.0.4}
 * @param confirmed false while the value is still to be confirmed against the official text
 */
public record StandardRule(
        String ruleId,
        String version,
        RuleKind kind,
        LifeCircleLevel level,
        String categoryCode,
        String facility,
        double walkDistance_m,
        String areaBasis,
        double minArea_m2,
        double maxArea_m2,
        double minCount,
        double maxCount,
        String per,
        double targetValue,
        String unit,
        int year,
        String source,
        boolean confirmed,
        String note) {

    /** The code of rules that span several categories. */
    public static final String COMPREHENSIVE = "comprehensive";

    /** The service category, empty for {@value #COMPREHENSIVE} rules. */
    public Optional<ServiceCategory> category() {
        return categoryCode.equals(COMPREHENSIVE)
                ? Optional.empty()
                : Optional.of(ServiceCategory.ofCode(categoryCode));
    }
}
