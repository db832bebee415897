package org.doorstep.engine.generate;

import java.util.List;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.graph.LocalProjection;

/**
 * A city made by {@link CityGenerator}: its {@link CityData} (walking graph, residential buildings, facilities, counts),
 * its communities with their boundaries, and the community of each building. Immutable and safe to share between
 * threads.
 */
public final class GeneratedCity {

    private final CityData city;
    private final List<Community> communities;
    private final int[] communityOf;
    private final River river;
    private final LocalProjection projection;
    private final int bridges;

    GeneratedCity(
            CityData city,
            List<Community> communities,
            int[] communityOf,
            River river,
            LocalProjection projection,
            int bridges) {
        this.city = city;
        this.communities = List.copyOf(communities);
        this.communityOf = communityOf;
        this.river = river;
        this.projection = projection;
        this.bridges = bridges;
    }

    /** Graph, residential buildings, facilities and counts; source {@code generated:seed=…,nodes=…}. */
    public CityData city() {
        return city;
    }

    /** Communities, origin {@code generated}, boundaries in degrees; unmodifiable. */
    public List<Community> communities() {
        return communities;
    }

    /** Index into {@link #communities()} of the community whose boundary holds the building. */
    public int communityOf(int building) {
        return communityOf[building];
    }

    /** True north of the river's centre line, for checks that only bridges cross it. */
    boolean northOfRiver(int lonE7, int latE7) {
        return river.north(projection.x_m(lonE7), projection.y_m(latE7));
    }

    /** Number of arterials that bridge the river. */
    int bridges() {
        return bridges;
    }
}
