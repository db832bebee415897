package org.doorstep.bench;

import java.util.function.Supplier;
import org.doorstep.engine.AccessAnalysis;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.population.PopulationEstimator;

/**
 * The engine's whole evaluation of one city, phase by phase as a user runs it: read (or generate) the city, build the
 * network (islands, snapping), estimate the population, evaluate access to every category with the general profile and
 * default options. Each call of {@link #run} adds its phase times to a {@link PhaseTimes}.
 */
final class DoorstepPipeline {

    static final WalkProfile PROFILE = WalkProfile.GENERAL;

    /** What one run produced, kept so that the references can be compared with it. */
    record Run(CityNetwork network, Population population, AccessResult access) {}

    private DoorstepPipeline() {}

    static Run run(Supplier<CityData> source, PhaseTimes times) {
        long t0 = System.nanoTime();
        CityData city = source.get();
        long t1 = System.nanoTime();
        CityNetwork network = CityNetwork.build(city, NetworkOptions.DEFAULTS);
        long t2 = System.nanoTime();
        Population population = PopulationEstimator.CHINA_URBAN_2020.estimate(city.buildings());
        long t3 = System.nanoTime();
        AccessResult access = AccessAnalysis.run(network, population, PROFILE, AccessOptions.defaults());
        long t4 = System.nanoTime();
        times.record(t1 - t0, t2 - t1, t3 - t2, t4 - t3);
        return new Run(network, population, access);
    }
}
