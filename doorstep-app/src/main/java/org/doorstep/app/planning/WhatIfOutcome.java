package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.doorstep.engine.access.WhatIfChange;
import org.jspecify.annotations.Nullable;

/**
 * What one what-if edit did to its category's coverage: residents within each threshold and their share, before (the
 * city as the session started) and after (every edit so far), city-wide and for each community the edit touched; and
 * the buildings whose nearest facility or time the edit changed. Figures of an area of fewer than {@value
 * EvaluationService#SUPPRESS_BELOW} residents are suppressed, as in evaluations.
 *
 * @param facilityId the registry id of the facility moved or closed; a negative id for one added in the session
 * @param changedBuildings how many buildings changed; {@code buildings} lists at most {@value #MAX_BUILDINGS}
 */
public record WhatIfOutcome(
        String kind,
        long facilityId,
        String category,
        int[] minutes,
        Coverage city,
        List<Coverage> communities,
        int changedBuildings,
        List<ChangedBuilding> buildings) {

    /** Enough to draw on a map; a change that touches more buildings than this is shown in part. */
    static final int MAX_BUILDINGS = 5_000;

    /**
     * One area's coverage; the figures are null when suppressed.
     *
     * @param communityId null for the whole city
     */
    public record Coverage(
            @Nullable Long communityId,
            boolean suppressed,
            @Nullable Double residents,
            double @Nullable [] residentsBefore,
            double @Nullable [] residentsAfter,
            double @Nullable [] shareBefore,
            double @Nullable [] shareAfter) {}

    /** A building the edit changed: its walking time to the nearest facility before and after, null for none. */
    public record ChangedBuilding(
            long buildingId, double lon, double lat, @Nullable Integer before_s, @Nullable Integer after_s) {}

    static WhatIfOutcome of(String kind, long facilityId, CategoryWhatIf state, CityModel model, WhatIfChange change) {
        TreeSet<Integer> touched = new TreeSet<>();
        List<ChangedBuilding> buildings = new ArrayList<>();
        for (int i = 0; i < change.changedCount(); i++) {
            int b = change.changedBuilding(i);
            touched.add(state.communityOf(b));
            if (buildings.size() < MAX_BUILDINGS) {
                CityModel.Building building = model.building(b);
                buildings.add(new ChangedBuilding(
                        building.id(),
                        building.lon(),
                        building.lat(),
                        seconds(change.oldTime_ms(i)),
                        seconds(change.newTime_ms(i))));
            }
        }
        long[] communityIds = model.communityIds();
        List<Coverage> communities = new ArrayList<>();
        for (int c : touched) {
            communities.add(coverage(state, c, communityIds[c]));
        }
        return new WhatIfOutcome(
                kind,
                facilityId,
                state.category().code(),
                state.thresholds_min(),
                coverage(state, state.cityRow(), null),
                communities,
                change.changedCount(),
                buildings);
    }

    private static Coverage coverage(CategoryWhatIf state, int row, @Nullable Long communityId) {
        double residents = state.residents(row);
        if (residents < EvaluationService.SUPPRESS_BELOW) {
            return new Coverage(communityId, true, null, null, null, null, null);
        }
        double[] before = state.baselineWithin(row);
        double[] after = state.currentWithin(row);
        return new Coverage(
                communityId, false, residents, before, after, shares(before, residents), shares(after, residents));
    }

    private static double[] shares(double[] within, double residents) {
        double[] shares = new double[within.length];
        for (int t = 0; t < within.length; t++) {
            shares[t] = within[t] / residents;
        }
        return shares;
    }

    private static @Nullable Integer seconds(int time_ms) {
        return time_ms == Integer.MAX_VALUE ? null : time_ms / 1000;
    }
}
