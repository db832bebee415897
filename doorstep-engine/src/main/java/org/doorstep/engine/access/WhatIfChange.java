package org.doorstep.engine.access;

/**
 * What one what-if change did ({@link WhatIf}): the facility opened, closed or moved; every building whose nearest
 * facility or nearest time changed, with both values (ascending building ids; a time of {@link Integer#MAX_VALUE} and
 * facility -1 mean none reachable); the coverage shares per threshold after the change; and the wall-clock time the
 * change took. Immutable and thread-safe.
 */
public final class WhatIfChange {

    /** The kind of change. */
    public enum Kind {
        OPEN,
        CLOSE,
        MOVE
    }

    private final Kind kind;
    private final int facility;
    private final int[] building;
    private final int[] oldTime_ms;
    private final int[] newTime_ms;
    private final int[] oldFacility;
    private final int[] newFacility;
    private final double[] buildingShare;
    private final double[] demandShare;
    private final long elapsed_ns;

    WhatIfChange(
            Kind kind,
            int facility,
            int[] building,
            NearestBuildings nearest,
            double[] buildingShare,
            double[] demandShare,
            long elapsed_ns) {
        this.kind = kind;
        this.facility = facility;
        this.building = building;
        this.oldTime_ms = new int[building.length];
        this.newTime_ms = new int[building.length];
        this.oldFacility = new int[building.length];
        this.newFacility = new int[building.length];
        for (int i = 0; i < building.length; i++) {
            int b = building[i];
            oldTime_ms[i] = nearest.oldTime_ms(b);
            newTime_ms[i] = nearest.time_ms[b];
            oldFacility[i] = nearest.oldFacility(b);
            newFacility[i] = nearest.facility[b];
        }
        this.buildingShare = buildingShare;
        this.demandShare = demandShare;
        this.elapsed_ns = elapsed_ns;
    }

    public Kind kind() {
        return kind;
    }

    /** The facility opened (its new id), closed or moved (its id, kept). */
    public int facility() {
        return facility;
    }

    /** Number of buildings whose nearest facility or time changed. */
    public int changedCount() {
        return building.length;
    }

    /** The i-th changed building id, {@code 0 <= i < changedCount()}, ascending in i. */
    public int changedBuilding(int i) {
        return building[i];
    }

    /** The i-th changed building's nearest time before the change, in ms. */
    public int oldTime_ms(int i) {
        return oldTime_ms[i];
    }

    /** The i-th changed building's nearest time after the change, in ms. */
    public int newTime_ms(int i) {
        return newTime_ms[i];
    }

    /** The i-th changed building's nearest facility before the change, -1 for none. */
    public int oldFacility(int i) {
        return oldFacility[i];
    }

    /** The i-th changed building's nearest facility after the change, -1 for none. */
    public int newFacility(int i) {
        return newFacility[i];
    }

    /** Share of all buildings within the session's threshold {@code thresholdIndex} after the change. */
    public double buildingShareWithin(int thresholdIndex) {
        return buildingShare[thresholdIndex];
    }

    /** Share of the category's demand within the threshold after the change; NaN without demand. */
    public double demandShareWithin(int thresholdIndex) {
        return demandShare[thresholdIndex];
    }

    /** Wall-clock time of the change in ns, snapping included (informative). */
    public long elapsed_ns() {
        return elapsed_ns;
    }
}
