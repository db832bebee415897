package org.doorstep.engine.community;

import java.util.List;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.population.Population;

/**
 * Walking access summed per community and category: residents and the category's target group, the shares of each
 * within every level's time threshold of the nearest facility, the target-group-weighted mean E2SFCA ratio, and the
 * floor area of the category's facilities standing in the community per 100 households. Buildings outside every
 * community count nowhere. Shared by the {@code plan} command and the app's evaluation runs, so that both report the
 * same figures. Immutable once computed.
 */
public final class CommunityCoverage {

    private final int categoryCount;
    private final int levelCount;
    private final int[] buildings;
    private final double[] residents;
    private final double[] households;
    /** Per community and category, {@code [c * categories + k]}. */
    private final double[] target;

    private final double[] weightedE2sfca;
    private final double[] facilityArea_m2;
    /** Per community, category and level, {@code [(c * categories + k) * levels + l]}. */
    private final double[] residentsWithin;

    private final double[] targetWithin;

    private CommunityCoverage(int communities, int categoryCount, int levelCount) {
        this.categoryCount = categoryCount;
        this.levelCount = levelCount;
        this.buildings = new int[communities];
        this.residents = new double[communities];
        this.households = new double[communities];
        this.target = new double[communities * categoryCount];
        this.weightedE2sfca = new double[communities * categoryCount];
        this.facilityArea_m2 = new double[communities * categoryCount];
        this.residentsWithin = new double[communities * categoryCount * levelCount];
        this.targetWithin = new double[communities * categoryCount * levelCount];
    }

    /**
     * Sums the access of every building into its community.
     *
     * @param communityOf community index of each building, -1 for none
     * @param facilityCommunity community index of each facility, -1 for none
     * @param levelTimes_ms the levels' time thresholds, ascending (within includes the threshold)
     */
    public static CommunityCoverage compute(
            int communityCount,
            int[] communityOf,
            int[] facilityCommunity,
            Population population,
            AccessResult access,
            Facilities facilities,
            int[] levelTimes_ms) {
        List<ServiceCategory> categories = access.categories();
        CommunityCoverage sums = new CommunityCoverage(communityCount, categories.size(), levelTimes_ms.length);
        for (int b = 0; b < communityOf.length; b++) {
            int c = communityOf[b];
            if (c >= 0) {
                sums.buildings[c]++;
                sums.residents[c] += population.residents(b);
                sums.households[c] += population.households(b);
                for (int k = 0; k < categories.size(); k++) {
                    sums.addBuilding(
                            c, k, b, population.residents(b), access.category(categories.get(k)), levelTimes_ms);
                }
            }
        }
        for (int f = 0; f < facilityCommunity.length; f++) {
            int k = categories.indexOf(facilities.category(f));
            double area = facilities.floorArea_m2(f);
            if (facilityCommunity[f] >= 0 && k >= 0 && !Double.isNaN(area)) {
                sums.facilityArea_m2[facilityCommunity[f] * sums.categoryCount + k] += area;
            }
        }
        return sums;
    }

    private void addBuilding(int c, int k, int b, double people, CategoryAccess access, int[] levelTimes_ms) {
        int ck = c * categoryCount + k;
        double demand = access.demand(b);
        target[ck] += demand;
        weightedE2sfca[ck] += demand * access.ratioE2sfca(b);
        for (int l = 0; l < levelCount; l++) {
            if (access.nearestTime_ms(b) <= levelTimes_ms[l]) {
                residentsWithin[ck * levelCount + l] += people;
                targetWithin[ck * levelCount + l] += demand;
            }
        }
    }

    /** Number of buildings in the community. */
    public int buildingCount(int community) {
        return buildings[community];
    }

    /** Residents of the community (estimated or counted, as the population says). */
    public double residents(int community) {
        return residents[community];
    }

    /** Households of the community. */
    public double households(int community) {
        return households[community];
    }

    /** The category's target group (or households) living in the community; {@code k} indexes the categories. */
    public double targetGroup(int community, int k) {
        return target[community * categoryCount + k];
    }

    /** Share of the community's residents within level {@code l}'s threshold; NaN without residents. */
    public double residentShare(int community, int k, int l) {
        return share(residentsWithin[(community * categoryCount + k) * levelCount + l], residents[community]);
    }

    /** Share of the community's target group within level {@code l}'s threshold; NaN without any. */
    public double targetShare(int community, int k, int l) {
        int ck = community * categoryCount + k;
        return share(targetWithin[ck * levelCount + l], target[ck]);
    }

    /** The E2SFCA ratio averaged over the community's buildings, weighted by target group; NaN without any. */
    public double meanE2sfca(int community, int k) {
        int ck = community * categoryCount + k;
        return share(weightedE2sfca[ck], target[ck]);
    }

    /** Floor area of the category's facilities in the community per 100 households (unknown areas count 0). */
    public double area_m2Per100Households(int community, int k) {
        double h = households[community];
        return h > 0 ? facilityArea_m2[community * categoryCount + k] / h * 100 : Double.NaN;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }
}
