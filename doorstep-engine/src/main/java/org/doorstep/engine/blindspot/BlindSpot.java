package org.doorstep.engine.blindspot;

import org.locationtech.jts.geom.Polygon;

/**
 * One blind-spot area: uncovered buildings linked by short gaps, the polygon around them in degrees (x = longitude,
 * y = latitude), and the people they hold. Immutable.
 */
public final class BlindSpot {

    private final int[] buildings;
    private final Polygon area;
    private final double residents;
    private final double targetGroup;

    BlindSpot(int[] buildings, Polygon area, double residents, double targetGroup) {
        this.buildings = buildings;
        this.area = area;
        this.residents = residents;
        this.targetGroup = targetGroup;
    }

    /** Building ids, ascending (a copy). */
    public int[] buildings() {
        return buildings.clone();
    }

    public int buildingCount() {
        return buildings.length;
    }

    /** The convex hull of the buildings buffered outward, in degrees. */
    public Polygon area() {
        return (Polygon) area.copy();
    }

    public double residents() {
        return residents;
    }

    /** The unmet demand: the service's target group living in the area. */
    public double targetGroup() {
        return targetGroup;
    }
}
