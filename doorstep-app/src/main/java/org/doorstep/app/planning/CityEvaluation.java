package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.community.CommunityCoverage;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;

/**
 * Runs the engine on a {@link CityModel}: the network, then walking access for every category, then the per-community
 * sums of residents and target group within each threshold. Pure computation; the caller stores the result.
 */
final class CityEvaluation {

    /** One building's nearest facility of one category: walk time in whole seconds, null where none is reachable. */
    record BuildingAccess(long buildingId, ServiceCategory category, Integer walkTime_s, Long facilityId) {}

    /**
     * One community's access to one category within one threshold: residents and the category's target group, the
     * shares of each that reach a facility, the target-weighted E2SFCA ratio and the category's floor area per 100
     * households (NaN where undefined).
     */
    record CommunityResult(
            long communityId,
            ServiceCategory category,
            int minutes,
            double residents,
            double households,
            double targetGroup,
            double residentShare,
            double targetShare,
            double meanE2sfca,
            double area_m2Per100Households) {}

    /** Everything one run produced. */
    record Result(
            List<BuildingAccess> buildings,
            List<CommunityResult> communities,
            int unsnappedBuildings,
            double residents,
            boolean estimated) {}

    private CityEvaluation() {}

    static Result run(CityModel model, WalkProfile profile, AccessOptions options, Consumer<String> phase) {
        phase.accept("network");
        CityNetwork network = CityNetwork.build(model.city(), NetworkOptions.DEFAULTS);
        phase.accept("access");
        AccessResult access = AccessAnalysis.run(network, model.population(), profile, options);
        phase.accept("aggregating");
        List<BuildingAccess> buildings = new ArrayList<>();
        List<CommunityResult> communities = new ArrayList<>();
        for (ServiceCategory category : access.categories()) {
            CategoryAccess result = access.category(category);
            for (int b = 0; b < model.buildingCount(); b++) {
                int time_ms = result.nearestTime_ms(b);
                boolean reached = time_ms != Integer.MAX_VALUE;
                buildings.add(new BuildingAccess(
                        model.building(b).id(),
                        category,
                        reached ? time_ms / 1000 : null,
                        reached ? model.facilityId(result.nearestFacility(b)) : null));
            }
        }
        communities.addAll(communityCoverage(model, access, options.thresholds_min()));
        Population population = model.population();
        return new Result(
                buildings,
                communities,
                network.buildingSnaps().unsnappedCount(),
                population.totalResidents(),
                population.estimated());
    }

    private static List<CommunityResult> communityCoverage(CityModel model, AccessResult access, int[] minutes) {
        int[] levelTimes_ms = new int[minutes.length];
        for (int t = 0; t < minutes.length; t++) {
            levelTimes_ms[t] = minutes[t] * 60_000;
        }
        long[] communityIds = model.communityIds();
        CommunityCoverage sums = CommunityCoverage.compute(
                communityIds.length,
                model.communityOfBuilding(),
                model.communityOfFacility(),
                model.population(),
                access,
                model.city().facilities(),
                levelTimes_ms);
        List<ServiceCategory> categories = access.categories();
        List<CommunityResult> rows = new ArrayList<>();
        for (int c = 0; c < communityIds.length; c++) {
            for (int k = 0; k < categories.size(); k++) {
                for (int t = 0; t < minutes.length; t++) {
                    rows.add(new CommunityResult(
                            communityIds[c],
                            categories.get(k),
                            minutes[t],
                            sums.residents(c),
                            sums.households(c),
                            sums.targetGroup(c, k),
                            sums.residentShare(c, k, t),
                            sums.targetShare(c, k, t),
                            sums.meanE2sfca(c, k),
                            sums.area_m2Per100Households(c, k)));
                }
            }
        }
        return rows;
    }
}
