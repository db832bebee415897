package org.doorstep.engine.generate;

/**
 * What to generate: a seed, the size of the walking graph, the number of districts and where the city centre lies. The
 * number of communities follows from the graph size (about {@value #NODES_PER_COMMUNITY} graph nodes per community, one
 * community per superblock between arterials). Immutable.
 *
 * @param seed the only source of randomness: the same spec gives the same city
 * @param targetGraphNodes wanted number of graph nodes; the generated graph is within 5 % of it (at least
 *     {@value #MIN_NODES})
 * @param districts number of districts (区), 1 to 99 and at most the number of communities
 * @param originLon longitude of the city centre, degrees
 * @param originLat latitude of the city centre, degrees
 */
public record CitySpec(long seed, int targetGraphNodes, int districts, double originLon, double originLat) {

    /** Graph nodes per community (superblock): arterials, local streets, footways and their shape nodes. */
    static final int NODES_PER_COMMUNITY = 400;

    static final int MIN_NODES = 1_000;
    static final int MAX_NODES = 50_000_000;
    static final double NANJING_LON = 118.78;
    static final double NANJING_LAT = 32.04;
    private static final int COMMUNITIES_PER_DISTRICT = 60;

    public CitySpec {
        if (targetGraphNodes < MIN_NODES || targetGraphNodes > MAX_NODES) {
            throw new IllegalArgumentException(
                    "targetGraphNodes must be " + MIN_NODES + ".." + MAX_NODES + ", got " + targetGraphNodes);
        }
        int communities = communitiesFor(targetGraphNodes);
        if (districts < 1 || districts > 99 || districts > communities) {
            throw new IllegalArgumentException("districts must be 1..99 and at most the " + communities
                    + " communities of " + targetGraphNodes + " graph nodes, got " + districts);
        }
        if (!(Math.abs(originLon) <= 179) || !(Math.abs(originLat) <= 80)) {
            throw new IllegalArgumentException(
                    "origin must be within ±179° longitude and ±80° latitude, got " + originLon + ", " + originLat);
        }
    }

    /**
     * The zero-setup demo city near Nanjing: 4 districts, 48 communities, about 100,000 residents at 36.5 m² of
     * residential floor area per person.
     */
    public static CitySpec demo(long seed) {
        return new CitySpec(seed, 50 * NODES_PER_COMMUNITY, 4, NANJING_LON, NANJING_LAT);
    }

    /**
     * A city near Nanjing of the given graph size, from a small town (2,000 nodes) to a benchmark metropolis (over
     * 2,000,000 nodes), with about one district per {@value #COMMUNITIES_PER_DISTRICT} communities (at most 99).
     */
    public static CitySpec ofNodes(long seed, int targetGraphNodes) {
        int communities = communitiesFor(Math.max(MIN_NODES, targetGraphNodes));
        int districts = (int) Math.max(1, Math.min(99, Math.round(communities / (double) COMMUNITIES_PER_DISTRICT)));
        return new CitySpec(seed, targetGraphNodes, districts, NANJING_LON, NANJING_LAT);
    }

    /** Number of communities (superblocks): rows × columns of the arterial grid, about 1.2 times wider than high. */
    static int communitiesFor(int targetGraphNodes) {
        return rowsFor(targetGraphNodes) * columnsFor(targetGraphNodes);
    }

    static int rowsFor(int targetGraphNodes) {
        double superblocks = Math.max(4.0, targetGraphNodes / (double) NODES_PER_COMMUNITY);
        return (int) Math.max(2, Math.round(Math.sqrt(superblocks / 1.2)));
    }

    static int columnsFor(int targetGraphNodes) {
        double superblocks = Math.max(4.0, targetGraphNodes / (double) NODES_PER_COMMUNITY);
        return (int) Math.max(2, Math.round(superblocks / rowsFor(targetGraphNodes)));
    }
}
