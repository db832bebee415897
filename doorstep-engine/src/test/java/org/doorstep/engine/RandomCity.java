package org.doorstep.engine;

import java.util.Random;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.population.Population;

/** Seeded random cities for the cross-checks against {@link ExpandedGraphReference} and full re-runs. */
final class RandomCity {

    /** The grid's south-west corner and extent in 1e-7 degree, for random points over it. */
    static final int LON0 = 1_214_000_000;

    static final int LAT0 = 312_000_000;
    static final int EXTENT = 7 * 6_500;

    private RandomCity() {}

    /**
     * A random point {lonE7, latE7}: over the grid, on a node, at a building (opening next to it), on a facility of the
     * city (equal times), or far away (unsnapped).
     */
    static int[] point(Random random, CityData city) {
        return switch (random.nextInt(6)) {
            case 0 -> {
                int n = random.nextInt(city.graph().nodeCount());
                yield new int[] {city.graph().lonE7(n), city.graph().latE7(n)};
            }
            case 1 -> {
                int b = random.nextInt(city.buildings().size());
                yield new int[] {city.buildings().lonE7(b), city.buildings().latE7(b)};
            }
            case 2 -> {
                int f = random.nextInt(city.facilities().size());
                yield new int[] {city.facilities().lonE7(f), city.facilities().latE7(f)};
            }
            case 3 -> new int[] {LON0 + 5 * EXTENT, LAT0};
            default -> new int[] {LON0 + random.nextInt(EXTENT), LAT0 + random.nextInt(EXTENT)};
        };
    }

    /**
     * A jittered 7 x 7 grid of about 70 m near Shanghai, some edges missing, a fifth of them steps; 40 buildings and 10
     * facilities of the given categories (some on one spot, some on nodes), capacity id + 1.
     */
    static CityData city(Random random, ServiceCategory[] categories) {
        TestCity city = new TestCity();
        int side = 7;
        int spacing = 6_500;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                city.node(
                        1_214_000_000 + x * spacing + random.nextInt(2_000),
                        312_000_000 + y * spacing + random.nextInt(2_000));
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int n = y * side + x;
                if (x + 1 < side && random.nextInt(10) < 7) {
                    city.edge(n, n + 1, random.nextInt(5) == 0 ? WalkGraph.STEPS : 0);
                }
                if (y + 1 < side && random.nextInt(10) < 7) {
                    city.edge(n, n + side, random.nextInt(5) == 0 ? WalkGraph.STEPS : 0);
                }
            }
        }
        int extent = side * spacing;
        for (int b = 0; b < 40; b++) {
            city.building(1_214_000_000 - 3_000 + random.nextInt(extent), 312_000_000 - 3_000 + random.nextInt(extent));
        }
        int[] lon = new int[10];
        int[] lat = new int[10];
        for (int f = 0; f < lon.length; f++) {
            if (f > 0 && random.nextInt(4) == 0) { // the same spot as another: equal times, lower id wins
                lon[f] = lon[f - 1];
                lat[f] = lat[f - 1];
            } else if (random.nextBoolean()) { // on a node: equal distances to its edges, lower edge wins
                int n = random.nextInt(side * side);
                lon[f] = city.graph.build().lonE7(n);
                lat[f] = city.graph.build().latE7(n);
            } else {
                lon[f] = 1_214_000_000 + random.nextInt(extent);
                lat[f] = 312_000_000 + random.nextInt(extent);
            }
            city.facility(categories[random.nextInt(categories.length)], lon[f], lat[f], f + 1);
        }
        return city.build();
    }

    static Population population(Random random, int buildings) {
        double[] residents = new double[buildings * AgeBand.COUNT];
        for (int i = 0; i < residents.length; i++) {
            residents[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(50);
        }
        double[] households = new double[buildings];
        for (int b = 0; b < buildings; b++) {
            households[b] = random.nextInt(30);
        }
        return Population.of(residents, households, false);
    }
}
