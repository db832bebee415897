package org.doorstep.engine.cli;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.standards.CommunityEvidence;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleCheck;
import org.doorstep.engine.standards.StandardsCatalog;
import org.doorstep.engine.standards.StandardsCheck;

/**
 * Checks every community against the standards at the {@link WalkThresholds#CHECKED_LEVELS}. A community's evidence
 * holds every facility that reaches one of its buildings within the largest checked distance (as a time at the general
 * speed) or stands inside it, with the share of the community's households within each checked distance of it. OSM
 * says nothing of the level a facility was built for, so every level is unknown (it may count at any level). A facility
 * serves the community at a distance when at least {@value #MIN_SHARE} of its households live that near.
 */
final class CommunityStandards {

    static final double MIN_SHARE = 0.5;

    private final List<List<RuleCheck>> checks;
    private final double[] comprehensiveArea;

    private CommunityStandards(List<List<RuleCheck>> checks, double[] comprehensiveArea) {
        this.checks = checks;
        this.comprehensiveArea = comprehensiveArea;
    }

    /**
     * @param communityOf community index of each building, -1 for none
     * @param facilityCommunity community index of each facility, -1 for none
     * @param facilityReach the buildings each facility (by facility id) reaches, collected within at least the time of
     *     the largest of {@code distances_m}
     * @param distances_m the checked distances, ascending ({@link WalkThresholds#evidenceDistances_m})
     */
    static CommunityStandards check(
            StandardsCatalog catalog,
            int communityCount,
            int[] communityOf,
            int[] facilityCommunity,
            Population population,
            Facilities facilities,
            PointReach facilityReach,
            double[] distances_m) {
        double[] households = new double[communityCount];
        for (int b = 0; b < communityOf.length; b++) {
            if (communityOf[b] >= 0) {
                households[communityOf[b]] += population.households(b);
            }
        }
        CommunityEvidence.Builder[] builders = new CommunityEvidence.Builder[communityCount];
        for (int c = 0; c < communityCount; c++) {
            builders[c] = CommunityEvidence.builder(households[c], distances_m);
        }
        EvidenceCollector collector = new EvidenceCollector(communityOf, population, households, distances_m);
        for (int f = 0; f < facilities.size(); f++) {
            collector.add(f, facilities, facilityCommunity[f], facilityReach, builders);
        }
        StandardsCheck standardsCheck = new StandardsCheck(catalog, MIN_SHARE);
        List<List<RuleCheck>> checks = new ArrayList<>();
        double[] area = new double[communityCount];
        for (int c = 0; c < communityCount; c++) {
            CommunityEvidence evidence = builders[c].build();
            List<RuleCheck> rows = new ArrayList<>();
            for (LifeCircleLevel level : WalkThresholds.CHECKED_LEVELS) {
                rows.addAll(standardsCheck.check(evidence, level));
            }
            checks.add(List.copyOf(rows));
            area[c] = StandardsCheck.comprehensiveArea_m2Per100Households(evidence);
        }
        return new CommunityStandards(checks, area);
    }

    /** The checks of one community, level by level in {@link WalkThresholds#CHECKED_LEVELS} order, catalog order. */
    List<RuleCheck> checks(int community) {
        return checks.get(community);
    }

    /** Comprehensive service facility floor area per 100 households; NaN without households. */
    double comprehensiveArea_m2Per100Households(int community) {
        return comprehensiveArea[community];
    }

    /**
     * A check's reason with the facility named by its OSM id: the evidence knows facilities by their row in {@code
     * Facilities}, which a reader of the report cannot look up.
     */
    static String reason(RuleCheck check, Facilities facilities) {
        if (check.facilityId() < 0) {
            return check.reason();
        }
        String row = "facility " + check.facilityId() + " ";
        return check.reason().replace(row, "facility " + OsmRef.format(facilities.ref((int) check.facilityId())) + " ");
    }
}
