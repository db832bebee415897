package org.doorstep.engine.generate;

import java.util.SplittableRandom;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.LocalProjection;

/**
 * Facilities with realistic gaps. Shops, health and deliveries are dense; elderly care and childcare are scarce and
 * uneven (each district has its own provision rate, so whole districts go without); a service centre in most but not
 * all communities; kindergartens and schools by population; canteens in some communities, a restaurant as a flagged
 * stand-in in some others; playgrounds in compounds. Street-level facilities (health centre, post office, junior
 * school, ...) once per street. They stand 10–20 m back from a street, never near the river. Not thread-safe.
 */
final class FacilityPlacer {

    /** Residential floor area per resident used to size the facilities, m². */
    static final double FLOOR_AREA_PER_RESIDENT_M2 = 36.5;

    private static final double[] DISTRICT_PROVISION = {0.1, 0.3, 0.6};

    private final CityLayout layout;
    private final StreetPlan plan;
    private final LocalProjection projection;
    private final Divisions divisions;
    private final SplittableRandom random;
    private final Facilities.Builder facilities = new Facilities.Builder();
    private final double[] provision;
    private long nextId;

    FacilityPlacer(
            CityLayout layout,
            StreetPlan plan,
            LocalProjection projection,
            Divisions divisions,
            SplittableRandom random,
            long firstId) {
        this.layout = layout;
        this.plan = plan;
        this.projection = projection;
        this.divisions = divisions;
        this.random = random;
        this.nextId = firstId;
        this.provision = new double[divisions.districtNames.length];
        for (int d = 0; d < provision.length; d++) {
            provision[d] = DISTRICT_PROVISION[random.nextInt(DISTRICT_PROVISION.length)];
        }
    }

    Facilities placeAll(double[] floorArea_m2) {
        for (int c = 0; c < layout.superblocks.length; c++) {
            placeCommunity(c, floorArea_m2[c] / FLOOR_AREA_PER_RESIDENT_M2);
        }
        for (int s = 0; s < divisions.streetNames.length; s++) {
            placeStreet(s);
        }
        return facilities.build();
    }

    private void placeCommunity(int c, double residents) {
        double rate = provision[divisions.districtOf[c]];
        add(c, FacilityKind.CONVENIENCE, 1 + (int) (residents / 1200) + random.nextInt(2));
        add(c, FacilityKind.SUPERMARKET, chance(0.6));
        add(c, FacilityKind.MARKET, chance(0.35));
        add(c, FacilityKind.HEALTH_STATION, chance(0.8));
        add(c, FacilityKind.PHARMACY, 1 + (int) (residents / 4000));
        add(c, FacilityKind.DAY_CARE, chance(rate));
        add(c, FacilityKind.NURSERY, chance(0.1 + 0.5 * rate));
        boolean canteen = random.nextDouble() < 0.45;
        add(c, FacilityKind.CANTEEN, canteen ? 1 : 0);
        add(c, FacilityKind.RESTAURANT, canteen ? 0 : chance(0.6));
        add(c, FacilityKind.LAUNDRY, chance(0.6));
        add(c, FacilityKind.PROPERTY, 1 + random.nextInt(2));
        add(c, FacilityKind.PARCEL_LOCKER, 1 + (int) (residents / 1500));
        add(c, FacilityKind.PARCEL_STATION, chance(0.7));
        add(c, FacilityKind.FITNESS_STATION, chance(0.7));
        add(c, FacilityKind.ACTIVITY_ROOM, chance(0.7));
        add(c, FacilityKind.PLAYGROUND, chance(0.5) + chance(0.5));
        add(c, FacilityKind.KINDERGARTEN, (int) (residents / 6000 + random.nextDouble()));
        add(c, FacilityKind.PRIMARY_SCHOOL, (int) (residents / 12000 + random.nextDouble()));
        add(c, FacilityKind.SERVICE_CENTRE, chance(0.88));
    }

    /** Street-level facilities, each in a community of the street chosen at random. */
    private void placeStreet(int street) {
        int[] members = new int[layout.superblocks.length];
        int count = 0;
        for (int c = 0; c < members.length; c++) {
            if (divisions.streetOf[c] == street) {
                members[count++] = c;
            }
        }
        double rate = provision[divisions.streetDistrict[street]];
        FacilityKind[] kinds = {
            FacilityKind.HEALTH_CENTRE,
            FacilityKind.NURSING_HOME,
            FacilityKind.POST_OFFICE,
            FacilityKind.LIBRARY,
            FacilityKind.SPORTS_CENTRE,
            FacilityKind.JUNIOR_SCHOOL
        };
        double[] chances = {1, rate, 1, 0.6, 0.6, 1};
        for (int k = 0; k < kinds.length; k++) {
            if (random.nextDouble() < chances[k]) {
                // Schools are named after the place (朝阳初级中学), services after the street office (朝阳街道图书馆).
                String prefix = kinds[k] == FacilityKind.JUNIOR_SCHOOL
                        ? divisions.streetStem(street)
                        : divisions.streetNames[street];
                place(members[random.nextInt(count)], kinds[k], prefix + kinds[k].nameSuffix());
            }
        }
    }

    private int chance(double p) {
        return random.nextDouble() < p ? 1 : 0;
    }

    private void add(int community, FacilityKind kind, int count) {
        for (int i = 0; i < count; i++) {
            place(community, kind, FacilityNames.name(kind, divisions, community, random));
        }
    }

    /** One facility somewhere in the community; none where ten tries all land near the river. */
    private void place(int community, FacilityKind kind, String name) {
        Superblock sb = layout.superblocks[community];
        boolean inCompound = kind == FacilityKind.PLAYGROUND || kind == FacilityKind.PROPERTY;
        for (int attempt = 0; attempt < 10; attempt++) {
            int k = random.nextInt(sb.blocksU());
            int m = random.nextInt(sb.blocksV());
            LandUse use = sb.landUse(k, m);
            if (use == LandUse.RIVERBANK
                    || (inCompound && !use.residential())
                    || (!inCompound && use == LandUse.PARK)) {
                continue;
            }
            BlockFrame block = sb.block(plan, k, m);
            double[] st = streetFacing(block);
            double x = block.x(st[0], st[1]);
            double y = block.y(st[0], st[1]);
            if (!layout.river.near(x, y, 20)) {
                facilities.add(
                        OsmRef.of(OsmRef.GENERATED, nextId++),
                        kind.category(),
                        kind.tag(),
                        name,
                        projection.lonE7(x),
                        projection.latE7(y),
                        kind.drawArea_m2(random),
                        kind.drawCapacity(random),
                        kind.fallback());
                return;
            }
        }
    }

    /** Block coordinates of a point 10–20 m in from one of the block's four streets. */
    private double[] streetFacing(BlockFrame block) {
        double along = 0.2 + 0.6 * random.nextDouble();
        int side = random.nextInt(4);
        double depth = (10 + 10 * random.nextDouble()) / (side < 2 ? block.height_m() : block.width_m());
        return switch (side) {
            case 0 -> new double[] {along, depth};
            case 1 -> new double[] {along, 1 - depth};
            case 2 -> new double[] {depth, along};
            default -> new double[] {1 - depth, along};
        };
    }
}
