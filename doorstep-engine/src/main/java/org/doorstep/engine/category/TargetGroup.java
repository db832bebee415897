package org.doorstep.engine.category;

/**
 * Whose demand a service category serves: a weight per {@link AgeBand}, or households. Demand for the two-step floating
 * catchment and for coverage shares is the weighted sum of a building's residents by band (or its households).
 */
public enum TargetGroup {
    /** Residents aged 60 and over. */
    ELDERLY(0, 0, 0, 0, 1, 1),
    /** Children under 3, the users of infant care. */
    INFANTS(1, 0, 0, 0, 0, 0),
    /** Children aged 3 to 5, kindergarten age. */
    PRESCHOOL(0, 1, 0, 0, 0, 0),
    /** Children aged 6 to 14, compulsory school age. */
    SCHOOL_AGE(0, 0, 1, 0, 0, 0),
    /** Children of playground age; the bands nearest the design's 0–12 are 0–14. */
    CHILDREN(1, 1, 1, 0, 0, 0),
    /** Everyone, with residents aged 60 and over counted twice (health services: the elderly use them most). */
    EVERYONE_ELDERLY_WEIGHTED(1, 1, 1, 1, 2, 2),
    /** Everyone, equally. */
    EVERYONE(1, 1, 1, 1, 1, 1),
    /** Households rather than persons (housekeeping, delivery, the comprehensive service centre). */
    HOUSEHOLDS(0, 0, 0, 0, 0, 0);

    private final double[] weightByBand;

    TargetGroup(double... weightByBand) {
        this.weightByBand = weightByBand;
    }

    /** Whether demand is counted in households instead of weighted residents. */
    public boolean countsHouseholds() {
        return this == HOUSEHOLDS;
    }

    /** The weight of one resident of {@code band}; 0 for {@link #HOUSEHOLDS}. */
    public double weight(AgeBand band) {
        return weightByBand[band.ordinal()];
    }

    /**
     * Demand of one place.
     *
     * @param residentsByBand residents per {@link AgeBand}, indexed by ordinal (length {@link AgeBand#COUNT})
     * @param households households living there
     */
    public double demand(double[] residentsByBand, double households) {
        if (countsHouseholds()) {
            return households;
        }
        double sum = 0;
        for (int band = 0; band < AgeBand.COUNT; band++) {
            sum += weightByBand[band] * residentsByBand[band];
        }
        return sum;
    }
}
