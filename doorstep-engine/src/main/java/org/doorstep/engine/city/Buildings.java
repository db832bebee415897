package org.doorstep.engine.city;

import java.util.Arrays;

/**
 * The residential buildings of a city, as columns indexed by a dense building id {@code 0..size()-1}. Each has its
 * source ({@link OsmRef}), a representative point (the footprint's centroid, 1e-7 degree), its footprint area, its number
 * of levels (and whether that number was stated or assumed) and its residential floor area. Immutable.
 */
public final class Buildings {

    private final long[] ref;
    private final int[] lonE7;
    private final int[] latE7;
    private final double[] footprint_m2;
    private final int[] levels;
    private final boolean[] levelsAssumed;
    private final double[] floorArea_m2;

    private Buildings(Builder b) {
        int n = b.size;
        this.ref = Arrays.copyOf(b.ref, n);
        this.lonE7 = Arrays.copyOf(b.lonE7, n);
        this.latE7 = Arrays.copyOf(b.latE7, n);
        this.footprint_m2 = Arrays.copyOf(b.footprint_m2, n);
        this.levels = Arrays.copyOf(b.levels, n);
        this.levelsAssumed = Arrays.copyOf(b.levelsAssumed, n);
        this.floorArea_m2 = Arrays.copyOf(b.floorArea_m2, n);
    }

    public int size() {
        return ref.length;
    }

    /** The building's source, see {@link OsmRef}. */
    public long ref(int building) {
        return ref[building];
    }

    public int lonE7(int building) {
        return lonE7[building];
    }

    public int latE7(int building) {
        return latE7[building];
    }

    public double footprint_m2(int building) {
        return footprint_m2[building];
    }

    public int levels(int building) {
        return levels[building];
    }

    /** True where {@code building:levels} was missing or unreadable and the stated default was used. */
    public boolean levelsAssumed(int building) {
        return levelsAssumed[building];
    }

    /** Residential floor area: footprint times levels. */
    public double floorArea_m2(int building) {
        return floorArea_m2[building];
    }

    /** Sum of all residential floor area. */
    public double totalFloorArea_m2() {
        double sum = 0;
        for (double area : floorArea_m2) {
            sum += area;
        }
        return sum;
    }

    /** Collects buildings in the order of the calls; that order is the building id. Not thread-safe. */
    public static final class Builder {
        private long[] ref = new long[256];
        private int[] lonE7 = new int[256];
        private int[] latE7 = new int[256];
        private double[] footprint_m2 = new double[256];
        private int[] levels = new int[256];
        private boolean[] levelsAssumed = new boolean[256];
        private double[] floorArea_m2 = new double[256];
        private int size;

        /** Adds a building with floor area = footprint × levels and returns its id. */
        public int add(long osmRef, int lonE7, int latE7, double footprint_m2, int levels, boolean levelsAssumed) {
            if (!(footprint_m2 >= 0) || levels < 1) {
                throw new IllegalArgumentException(OsmRef.format(osmRef) + ": footprint " + footprint_m2
                        + " m² and levels " + levels + " must be >= 0 and >= 1");
            }
            if (size == ref.length) {
                grow();
            }
            this.ref[size] = osmRef;
            this.lonE7[size] = lonE7;
            this.latE7[size] = latE7;
            this.footprint_m2[size] = footprint_m2;
            this.levels[size] = levels;
            this.levelsAssumed[size] = levelsAssumed;
            this.floorArea_m2[size] = footprint_m2 * levels;
            return size++;
        }

        public int size() {
            return size;
        }

        private void grow() {
            int n = size * 2;
            ref = Arrays.copyOf(ref, n);
            lonE7 = Arrays.copyOf(lonE7, n);
            latE7 = Arrays.copyOf(latE7, n);
            footprint_m2 = Arrays.copyOf(footprint_m2, n);
            levels = Arrays.copyOf(levels, n);
            levelsAssumed = Arrays.copyOf(levelsAssumed, n);
            floorArea_m2 = Arrays.copyOf(floorArea_m2, n);
        }

        public Buildings build() {
            return new Buildings(this);
        }
    }
}
