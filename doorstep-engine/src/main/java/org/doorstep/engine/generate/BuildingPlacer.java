package org.doorstep.engine.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.LocalProjection;

/**
 * Residential buildings in the residential blocks, kept 10–60 m from the streets and clear of the compound's footway
 * spine: rows of 6-storey walk-up slabs, 18–30 storey point towers on a 50 m grid, or low-rise houses between the
 * alleys of old lanes. None within 25 m of the river. Refs count up from {@code g1}. Not thread-safe.
 */
final class BuildingPlacer {

    private final CityLayout layout;
    private final StreetPlan plan;
    private final LocalProjection projection;
    private final SplittableRandom random;
    private final Buildings.Builder buildings = new Buildings.Builder();
    private int[] communityOf = new int[1024];
    final double[] floorArea_m2;

    BuildingPlacer(CityLayout layout, StreetPlan plan, LocalProjection projection, SplittableRandom random) {
        this.layout = layout;
        this.plan = plan;
        this.projection = projection;
        this.random = random;
        this.floorArea_m2 = new double[layout.superblocks.length];
    }

    void placeAll() {
        for (Superblock sb : layout.superblocks) {
            for (int m = 0; m < sb.blocksV(); m++) {
                for (int k = 0; k < sb.blocksU(); k++) {
                    LandUse use = sb.landUse(k, m);
                    if (use.residential()) {
                        place(sb.index, sb.block(plan, k, m), use);
                    }
                }
            }
        }
    }

    private void place(int community, BlockFrame block, LandUse use) {
        double w = block.width_m();
        double h = block.height_m();
        double[] rows =
                switch (use) {
                    case WALK_UP -> evenly(14, h - 14, 32);
                    case TOWER -> evenly(20, h - 20, 50);
                    default -> houseRows(h);
                };
        double[] columns =
                switch (use) {
                    case WALK_UP -> halves(w, 14, 8, 60);
                    case TOWER -> halves(w, 20, 12, 50);
                    default -> halves(w, 10, 6, 14);
                };
        for (double t : rows) {
            for (double s : columns) {
                double x = block.x(s / w, t / h) + CityLayout.jitter(random, 2);
                double y = block.y(s / w, t / h) + CityLayout.jitter(random, 2);
                if (!layout.river.near(x, y, 25)) {
                    add(community, x, y, use);
                }
            }
        }
    }

    private void add(int community, double x, double y, LandUse use) {
        double footprint;
        int levels;
        if (use == LandUse.WALK_UP) {
            footprint = (45 + 15 * random.nextDouble()) * (11 + 2 * random.nextDouble());
            double r = random.nextDouble();
            levels = r < 0.75 ? 6 : r < 0.9 ? 5 : 7;
        } else if (use == LandUse.TOWER) {
            footprint = 420 + 300 * random.nextDouble();
            levels = 18 + random.nextInt(13);
        } else {
            footprint = 60 + 90 * random.nextDouble();
            levels = 1 + random.nextInt(3);
        }
        footprint = Math.round(footprint * 10) / 10.0;
        int id = buildings.add(
                OsmRef.of(OsmRef.GENERATED, buildings.size() + 1L),
                projection.lonE7(x),
                projection.latE7(y),
                footprint,
                levels,
                false);
        if (id == communityOf.length) {
            communityOf = Arrays.copyOf(communityOf, id * 2);
        }
        communityOf[id] = community;
        floorArea_m2[community] += footprint * levels;
    }

    /** Positions from {@code from} to {@code to} m, at least {@code spacing} apart, centred in their cells. */
    private static double[] evenly(double from, double to, double spacing) {
        int n = (int) Math.max(1, Math.floor((to - from) / spacing));
        double[] at = new double[n];
        for (int i = 0; i < n; i++) {
            at[i] = from + (i + 0.5) * (to - from) / n;
        }
        return at;
    }

    /** Positions in both halves of a width, {@code inset} from the streets and {@code gap} from the middle spine. */
    private static double[] halves(double width_m, double inset, double gap, double spacing) {
        double[] west = evenly(inset, width_m / 2 - gap, spacing);
        double[] both = Arrays.copyOf(west, west.length * 2);
        for (int i = 0; i < west.length; i++) {
            both[west.length + i] = width_m - west[i];
        }
        return both;
    }

    /** House rows of old lanes: between the street and the first alley, between alleys, after the last. */
    private static double[] houseRows(double height_m) {
        double[] lanes = BlockPaths.laneRows(height_m);
        double[] rows = new double[lanes.length + 1];
        rows[0] = lanes[0] / 2 * height_m;
        for (int l = 1; l < lanes.length; l++) {
            rows[l] = (lanes[l - 1] + lanes[l]) / 2 * height_m;
        }
        rows[lanes.length] = (1 + lanes[lanes.length - 1]) / 2 * height_m;
        return rows;
    }

    Buildings buildings() {
        return buildings.build();
    }

    int[] communityOf() {
        return Arrays.copyOf(communityOf, buildings.size());
    }
}
