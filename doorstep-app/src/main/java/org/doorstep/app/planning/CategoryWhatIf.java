package org.doorstep.app.planning;

import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.access.WhatIf;
import org.doorstep.engine.access.WhatIfChange;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.population.Population;

/**
 * One category's engine what-if session ({@link WhatIf}) with the residents within each threshold, per community and
 * city-wide, as they were when it started and as they are now; the sums follow each change's changed buildings, so a
 * change costs what the engine's repair costs. Not thread-safe.
 */
final class CategoryWhatIf {

    private final WhatIf whatIf;
    private final Population population;
    private final int[] communityOf;
    private final int[] thresholds_ms;
    /** Residents per community index; the last entry is the whole city. */
    private final double[] residents;
    /** Residents within threshold t, {@code [community][t]}; the last row is the whole city. */
    private final double[][] baseline;

    private final double[][] current;

    private CategoryWhatIf(WhatIf whatIf, CityModel model) {
        this.whatIf = whatIf;
        this.population = model.population();
        this.communityOf = model.communityOfBuilding();
        int[] minutes = whatIf.thresholds_min();
        this.thresholds_ms = new int[minutes.length];
        for (int t = 0; t < minutes.length; t++) {
            thresholds_ms[t] = minutes[t] * 60_000;
        }
        int rows = model.communityIds().length + 1;
        this.residents = new double[rows];
        this.baseline = new double[rows][minutes.length];
        for (int b = 0; b < communityOf.length; b++) {
            double r = population.residents(b);
            residents[communityOf[b]] += r;
            residents[rows - 1] += r;
            add(baseline, b, whatIf.nearestTime_ms(b), r);
        }
        this.current = new double[rows][];
        for (int c = 0; c < rows; c++) {
            current[c] = baseline[c].clone();
        }
    }

    static CategoryWhatIf start(PlannedCity city, ServiceCategory category) {
        AccessOptions options = AccessOptions.defaults()
                .withThresholds_min(city.thresholds_min())
                .withCategories(category);
        WhatIf whatIf =
                AccessAnalysis.whatIf(city.network(), city.model().population(), city.profile(), category, options);
        return new CategoryWhatIf(whatIf, city.model());
    }

    WhatIfChange open(double lon, double lat) {
        return follow(whatIf.openFacility(GeoDistance.toFixed(lon), GeoDistance.toFixed(lat)));
    }

    WhatIfChange move(int facility, double lon, double lat) {
        return follow(whatIf.moveFacility(facility, GeoDistance.toFixed(lon), GeoDistance.toFixed(lat)));
    }

    WhatIfChange close(int facility) {
        return follow(whatIf.closeFacility(facility));
    }

    ServiceCategory category() {
        return whatIf.category();
    }

    boolean isOpen(int facility) {
        return whatIf.isOpen(facility);
    }

    int[] thresholds_min() {
        return whatIf.thresholds_min();
    }

    /** The community index of a building. */
    int communityOf(int building) {
        return communityOf[building];
    }

    /** The row of the whole city in the per-community figures. */
    int cityRow() {
        return residents.length - 1;
    }

    double residents(int row) {
        return residents[row];
    }

    double[] baselineWithin(int row) {
        return baseline[row].clone();
    }

    double[] currentWithin(int row) {
        return current[row].clone();
    }

    private WhatIfChange follow(WhatIfChange change) {
        for (int i = 0; i < change.changedCount(); i++) {
            int b = change.changedBuilding(i);
            double r = population.residents(b);
            add(current, b, change.oldTime_ms(i), -r);
            add(current, b, change.newTime_ms(i), r);
        }
        return change;
    }

    private void add(double[][] sums, int building, int time_ms, double residents) {
        for (int t = 0; t < thresholds_ms.length; t++) {
            if (time_ms <= thresholds_ms[t]) {
                sums[communityOf[building]][t] += residents;
                sums[sums.length - 1][t] += residents;
            }
        }
    }
}
