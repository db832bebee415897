package org.doorstep.engine.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.standards.RuleCheck.Outcome;

/**
 * Checks one community against the facility, complex and area rules of a catalog, one level at a time. Levels are never
 * cumulative: a facility counts only toward rules of the level it was built for (or any level where that is unknown).
 * A facility serves the community at a distance when at least {@code minShare} of the community's households live
 * within that walking distance of it; a facility of unknown area never meets a minimum area. Immutable and thread-safe.
 */
public final class StandardsCheck {

    private static final double HOUSEHOLDS_PER_UNIT = 100;

    private final StandardsCatalog catalog;
    private final double minShare;

    /**
     * @param minShare share of households (0..1] that must live within the distance, for example 0.5
     */
    public StandardsCheck(StandardsCatalog catalog, double minShare) {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("minShare must lie in (0, 1], got " + minShare);
        }
        this.catalog = catalog;
        this.minShare = minShare;
    }

    /** The answers of every facility, complex and area-per-population rule of {@code level}, in catalog order. */
    public List<RuleCheck> check(CommunityEvidence evidence, LifeCircleLevel level) {
        List<RuleCheck> checks = new ArrayList<>();
        for (StandardRule rule : catalog.rules()) {
            if (rule.level() != level) {
                continue;
            }
            switch (rule.kind()) {
                case FACILITY ->
                    checks.add(facility(rule, evidence, rule.category().orElse(null)));
                case COMPLEX -> checks.add(complex(rule, evidence));
                case AREA_PER_POPULATION -> checks.add(areaPerPopulation(rule, evidence));
                default -> {} // levels, sizes, parameters and programme targets are not per-community checks
            }
        }
        return checks;
    }

    /**
     * Comprehensive service facility floor area per 100 households: the floor area of the {@code service_centre}
     * facilities inside the community (unknown areas count 0) per 100 households; {@code NaN} with no households.
     */
    public static double comprehensiveArea_m2Per100Households(CommunityEvidence evidence) {
        return areaPer100Households(evidence, ServiceCategory.SERVICE_CENTRE);
    }

    private RuleCheck facility(StandardRule rule, CommunityEvidence evidence, ServiceCategory category) {
        double distance = catalog.checkDistance_m(rule);
        int best = -1;
        int nearest = -1;
        for (int f = 0; f < evidence.facilityCount(); f++) {
            boolean sameLevel = evidence.level(f) == null || evidence.level(f) == rule.level();
            if (evidence.category(f) != category || !sameLevel) {
                continue;
            }
            double share = evidence.share(f, distance);
            nearest = nearest < 0 || share > evidence.share(nearest, distance) ? f : nearest;
            boolean bigEnough = Double.isNaN(rule.minArea_m2()) || evidence.floorArea_m2(f) >= rule.minArea_m2();
            if (share >= minShare && bigEnough && (best < 0 || share > evidence.share(best, distance))) {
                best = f;
            }
        }
        int shown = best >= 0 ? best : nearest;
        String reason = best >= 0
                ? "facility " + evidence.facilityId(best) + " serves the community within " + metres(distance)
                : missReason(evidence, shown, distance, rule);
        return new RuleCheck(
                rule,
                best >= 0 ? Outcome.PASS : Outcome.FAIL,
                shown < 0 ? -1 : evidence.facilityId(shown),
                shown < 0 ? Double.NaN : evidence.share(shown, distance),
                shown < 0 ? Double.NaN : evidence.floorArea_m2(shown),
                distance,
                Double.NaN,
                rule.minArea_m2(),
                reason);
    }

    private String missReason(CommunityEvidence evidence, int nearest, double distance, StandardRule rule) {
        if (nearest < 0) {
            return "no " + rule.categoryCode() + " facility of this level near the community";
        }
        double share = evidence.share(nearest, distance);
        if (share < minShare) {
            return String.format(
                    Locale.ROOT,
                    "best facility %d reaches %.0f %% of households within %s, %.0f %% asked",
                    evidence.facilityId(nearest),
                    100 * share,
                    metres(distance),
                    100 * minShare);
        }
        return Double.isNaN(evidence.floorArea_m2(nearest))
                ? "facility " + evidence.facilityId(nearest) + " has an unknown floor area"
                : "facility " + evidence.facilityId(nearest) + " is smaller than " + metres2(rule.minArea_m2());
    }

    private RuleCheck complex(StandardRule rule, CommunityEvidence evidence) {
        if (Double.isNaN(rule.minArea_m2())) {
            return notApplicable(rule, "counting a complex's functions needs the functions of each facility");
        }
        return facility(rule, evidence, ServiceCategory.SERVICE_CENTRE);
    }

    private RuleCheck areaPerPopulation(StandardRule rule, CommunityEvidence evidence) {
        if (!rule.per().equals("100 households")) {
            return notApplicable(rule, "area per " + rule.per() + " is not measured from facility floor areas");
        }
        // comprehensive service facility area is the floor area of the service centres
        ServiceCategory category = rule.category().orElse(ServiceCategory.SERVICE_CENTRE);
        double value = areaPer100Households(evidence, category);
        if (Double.isNaN(value)) {
            return notApplicable(rule, "the community has no households");
        }
        Outcome outcome = value >= rule.targetValue() ? Outcome.PASS : Outcome.FAIL;
        String reason = String.format(Locale.ROOT, "%.1f m2 per 100 households, %.1f asked", value, rule.targetValue());
        return new RuleCheck(rule, outcome, -1, Double.NaN, Double.NaN, Double.NaN, value, rule.targetValue(), reason);
    }

    private static double areaPer100Households(CommunityEvidence evidence, ServiceCategory category) {
        if (evidence.households() == 0) {
            return Double.NaN;
        }
        double area = 0;
        for (int f = 0; f < evidence.facilityCount(); f++) {
            boolean counted = evidence.category(f) == category && evidence.inCommunity(f);
            area += counted && !Double.isNaN(evidence.floorArea_m2(f)) ? evidence.floorArea_m2(f) : 0;
        }
        return area / evidence.households() * HOUSEHOLDS_PER_UNIT;
    }

    private static RuleCheck notApplicable(StandardRule rule, String reason) {
        return new RuleCheck(
                rule, Outcome.NOT_APPLICABLE, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, reason);
    }

    private static String metres(double distance_m) {
        return String.format(Locale.ROOT, "%.0f m", distance_m);
    }

    private static String metres2(double area_m2) {
        return String.format(Locale.ROOT, "%.0f m2", area_m2);
    }
}
