package org.doorstep.engine.standards;

import java.util.Arrays;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a standards check knows about one community, fed from access results: its households, and for each facility
 * nearby its category, the level it was built for (or none where unknown), its floor area, whether it stands inside the
 * community, and the share of the community's households (or target group) within each checked walking distance of it.
 * Immutable.
 */
public final class CommunityEvidence {

    private final double households;
    private final double[] distances_m;
    private final long[] facilityId;
    private final ServiceCategory[] category;
    private final @Nullable LifeCircleLevel[] level;
    private final double[] floorArea_m2;
    private final boolean[] inCommunity;
    /** Share of facility {@code f} within distance {@code d}: {@code share[f * distances + d]}. */
    private final double[] share;

    private CommunityEvidence(Builder b) {
        this.households = b.households;
        this.distances_m = b.distances_m;
        this.facilityId = Arrays.copyOf(b.facilityId, b.size);
        this.category = Arrays.copyOf(b.category, b.size);
        this.level = Arrays.copyOf(b.level, b.size);
        this.floorArea_m2 = Arrays.copyOf(b.floorArea_m2, b.size);
        this.inCommunity = Arrays.copyOf(b.inCommunity, b.size);
        this.share = Arrays.copyOf(b.share, b.size * distances_m.length);
    }

    /**
     * Starts the evidence of a community.
     *
     * @param households households living in it, {@code >= 0}
     * @param distances_m the walking distances the shares are given for, strictly ascending, for example 300, 500, 1000
     */
    public static Builder builder(double households, double... distances_m) {
        return new Builder(households, distances_m.clone());
    }

    public double households() {
        return households;
    }

    public int facilityCount() {
        return facilityId.length;
    }

    /** The caller's id of a facility (for example its row in {@code Facilities}). */
    public long facilityId(int f) {
        return facilityId[f];
    }

    public ServiceCategory category(int f) {
        return category[f];
    }

    /** The level the facility was built for, or null where unknown (it may then count at any level). */
    public @Nullable LifeCircleLevel level(int f) {
        return level[f];
    }

    /** Floor area in m², {@code NaN} where unknown. */
    public double floorArea_m2(int f) {
        return floorArea_m2[f];
    }

    public boolean inCommunity(int f) {
        return inCommunity[f];
    }

    /**
     * Share (0..1) of the community's households within {@code distance_m} of facility {@code f}.
     *
     * @throws IllegalArgumentException when the evidence has no shares for that distance
     */
    public double share(int f, double distance_m) {
        int d = Arrays.binarySearch(distances_m, distance_m);
        if (d < 0) {
            throw new IllegalArgumentException(
                    "no shares for " + distance_m + " m; the evidence has " + Arrays.toString(distances_m));
        }
        return share[f * distances_m.length + d];
    }

    /** Collects facilities in the order of the calls. Not thread-safe. */
    public static final class Builder {
        private final double households;
        private final double[] distances_m;
        private long[] facilityId = new long[8];
        private ServiceCategory[] category = new ServiceCategory[8];
        private @Nullable LifeCircleLevel[] level = new LifeCircleLevel[8];
        private double[] floorArea_m2 = new double[8];
        private boolean[] inCommunity = new boolean[8];
        private double[] share = new double[0];
        private int size;

        private Builder(double households, double[] distances_m) {
            if (!(households >= 0) || Double.isInfinite(households)) {
                throw new IllegalArgumentException("households must be finite and >= 0, got " + households);
            }
            for (int d = 1; d < distances_m.length; d++) {
                if (!(distances_m[d] > distances_m[d - 1])) {
                    throw new IllegalArgumentException("distances must ascend: " + Arrays.toString(distances_m));
                }
            }
            this.households = households;
            this.distances_m = distances_m;
        }

        /**
         * Adds a facility.
         *
         * @param level the level it was built for, null where unknown
         * @param floorArea_m2 {@code NaN} where unknown
         * @param shareWithin one share in 0..1 per distance given to {@link #builder}, not decreasing
         */
        public Builder addFacility(
                long id,
                ServiceCategory serviceCategory,
                @Nullable LifeCircleLevel level,
                double floorArea_m2,
                boolean inCommunity,
                double... shareWithin) {
            checkShares(id, shareWithin);
            if (size == facilityId.length) {
                grow();
            }
            this.facilityId[size] = id;
            this.category[size] = serviceCategory;
            this.level[size] = level;
            this.floorArea_m2[size] = floorArea_m2;
            this.inCommunity[size] = inCommunity;
            share = Arrays.copyOf(share, (size + 1) * distances_m.length);
            System.arraycopy(shareWithin, 0, share, size * distances_m.length, shareWithin.length);
            size++;
            return this;
        }

        private void checkShares(long id, double[] shareWithin) {
            if (shareWithin.length != distances_m.length) {
                throw new IllegalArgumentException("facility " + id + ": " + shareWithin.length + " shares for "
                        + distances_m.length + " distances");
            }
            for (int d = 0; d < shareWithin.length; d++) {
                boolean inRange = shareWithin[d] >= 0 && shareWithin[d] <= 1;
                if (!inRange || (d > 0 && shareWithin[d] < shareWithin[d - 1])) {
                    throw new IllegalArgumentException("facility " + id + ": shares must lie in 0..1 and not decrease"
                            + " with distance, got " + Arrays.toString(shareWithin));
                }
            }
        }

        private void grow() {
            int n = size * 2;
            facilityId = Arrays.copyOf(facilityId, n);
            category = Arrays.copyOf(category, n);
            level = Arrays.copyOf(level, n);
            floorArea_m2 = Arrays.copyOf(floorArea_m2, n);
            inCommunity = Arrays.copyOf(inCommunity, n);
        }

        public CommunityEvidence build() {
            return new CommunityEvidence(this);
        }
    }
}
