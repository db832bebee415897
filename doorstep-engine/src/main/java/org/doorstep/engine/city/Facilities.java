package org.doorstep.engine.city;

import java.util.Arrays;
import org.doorstep.engine.category.ServiceCategory;

/**
 * The service facilities of a city, one row per place and category (a community centre that is also a library is two
 * rows), as columns indexed by a dense facility id {@code 0..size()-1}. A facility mapped as a way or relation stands at
 * its centroid. Floor area is {@code NaN} where unknown; capacity is the supply in the two-step floating catchment
 * (OSM {@code capacity} where stated, else 1). A fallback row (a restaurant counted for meals) is flagged. Immutable.
 */
public final class Facilities {

    private static final ServiceCategory[] CATEGORIES = ServiceCategory.values();

    private final long[] ref;
    private final byte[] category;
    private final String[] kind;
    private final String[] name;
    private final int[] lonE7;
    private final int[] latE7;
    private final double[] floorArea_m2;
    private final double[] capacity;
    private final boolean[] fallback;

    private Facilities(Builder b) {
        int n = b.size;
        this.ref = Arrays.copyOf(b.ref, n);
        this.category = Arrays.copyOf(b.category, n);
        this.kind = Arrays.copyOf(b.kind, n);
        this.name = Arrays.copyOf(b.name, n);
        this.lonE7 = Arrays.copyOf(b.lonE7, n);
        this.latE7 = Arrays.copyOf(b.latE7, n);
        this.floorArea_m2 = Arrays.copyOf(b.floorArea_m2, n);
        this.capacity = Arrays.copyOf(b.capacity, n);
        this.fallback = Arrays.copyOf(b.fallback, n);
    }

    public int size() {
        return ref.length;
    }

    public long ref(int facility) {
        return ref[facility];
    }

    public ServiceCategory category(int facility) {
        return CATEGORIES[category[facility]];
    }

    /** The tag that made it a facility, for example {@code amenity=pharmacy}. */
    public String kind(int facility) {
        return kind[facility];
    }

    /** The {@code name} tag (else {@code name:zh}, else {@code name:en}), or the empty string. */
    public String name(int facility) {
        return name[facility];
    }

    public int lonE7(int facility) {
        return lonE7[facility];
    }

    public int latE7(int facility) {
        return latE7[facility];
    }

    /** Floor area in m², {@code NaN} where unknown. */
    public double floorArea_m2(int facility) {
        return floorArea_m2[facility];
    }

    /** Supply for the two-step floating catchment: places, beds or servings where stated, else 1. */
    public double capacity(int facility) {
        return capacity[facility];
    }

    /** True for a stand-in counted only for want of the real thing (a restaurant for meals). */
    public boolean fallback(int facility) {
        return fallback[facility];
    }

    /** Ids of the facilities of one category, ascending. */
    public int[] ofCategory(ServiceCategory wanted) {
        int count = 0;
        for (byte c : category) {
            if (c == wanted.ordinal()) {
                count++;
            }
        }
        int[] ids = new int[count];
        int i = 0;
        for (int f = 0; f < category.length; f++) {
            if (category[f] == wanted.ordinal()) {
                ids[i++] = f;
            }
        }
        return ids;
    }

    /** Collects facilities in the order of the calls; that order is the facility id. Not thread-safe. */
    public static final class Builder {
        private long[] ref = new long[64];
        private byte[] category = new byte[64];
        private String[] kind = new String[64];
        private String[] name = new String[64];
        private int[] lonE7 = new int[64];
        private int[] latE7 = new int[64];
        private double[] floorArea_m2 = new double[64];
        private double[] capacity = new double[64];
        private boolean[] fallback = new boolean[64];
        private int size;

        /**
         * Adds a facility and returns its id.
         *
         * @param floorArea_m2 {@code NaN} where unknown
         * @param capacity positive supply; 1 where unknown
         */
        public int add(
                long osmRef,
                ServiceCategory serviceCategory,
                String kindTag,
                String facilityName,
                int lonE7,
                int latE7,
                double floorArea_m2,
                double capacity,
                boolean fallback) {
            if (!(capacity > 0)) {
                throw new IllegalArgumentException(OsmRef.format(osmRef) + ": capacity must be > 0, got " + capacity);
            }
            if (size == ref.length) {
                grow();
            }
            this.ref[size] = osmRef;
            this.category[size] = (byte) serviceCategory.ordinal();
            this.kind[size] = kindTag;
            this.name[size] = facilityName;
            this.lonE7[size] = lonE7;
            this.latE7[size] = latE7;
            this.floorArea_m2[size] = floorArea_m2;
            this.capacity[size] = capacity;
            this.fallback[size] = fallback;
            return size++;
        }

        public int size() {
            return size;
        }

        private void grow() {
            int n = size * 2;
            ref = Arrays.copyOf(ref, n);
            category = Arrays.copyOf(category, n);
            kind = Arrays.copyOf(kind, n);
            name = Arrays.copyOf(name, n);
            lonE7 = Arrays.copyOf(lonE7, n);
            latE7 = Arrays.copyOf(latE7, n);
            floorArea_m2 = Arrays.copyOf(floorArea_m2, n);
            capacity = Arrays.copyOf(capacity, n);
            fallback = Arrays.copyOf(fallback, n);
        }

        public Facilities build() {
            return new Facilities(this);
        }
    }
}
