package org.doorstep.engine;

import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.EdgeSnapper;
import org.doorstep.engine.graph.GraphIslands;
import org.doorstep.engine.graph.Snaps;
import org.doorstep.engine.graph.WalkGraph;

/**
 * A city joined to its walking graph: the graph's islands, and where every building and every facility meets the graph
 * ({@link Snaps}, indexed by building id and by facility id). Islands are found first and are never snapped to; points
 * farther than the maximum snap distance from every other edge are left unsnapped and counted. This is the input of
 * every analysis of the city; build it once and share it. Immutable and thread-safe.
 */
public final class CityNetwork {

    private final CityData city;
    private final NetworkOptions options;
    private final GraphIslands islands;
    private final EdgeSnapper snapper;
    private final Snaps buildingSnaps;
    private final Snaps facilitySnaps;
    private final long buildTime_ms;

    private CityNetwork(CityData city, NetworkOptions options) {
        long start = System.nanoTime();
        this.city = city;
        this.options = options;
        this.islands = GraphIslands.of(city.graph(), options.minIslandNodes());
        this.snapper = new EdgeSnapper(city.graph(), islands, options.maxSnap_m());
        Buildings buildings = city.buildings();
        int[] lon = new int[buildings.size()];
        int[] lat = new int[buildings.size()];
        for (int b = 0; b < lon.length; b++) {
            lon[b] = buildings.lonE7(b);
            lat[b] = buildings.latE7(b);
        }
        this.buildingSnaps = snapper.snap(lon, lat);
        Facilities facilities = city.facilities();
        lon = new int[facilities.size()];
        lat = new int[facilities.size()];
        for (int f = 0; f < lon.length; f++) {
            lon[f] = facilities.lonE7(f);
            lat[f] = facilities.latE7(f);
        }
        this.facilitySnaps = snapper.snap(lon, lat);
        this.buildTime_ms = (System.nanoTime() - start) / 1_000_000;
    }

    /** Finds the islands of the city's graph, then snaps its buildings and facilities. */
    public static CityNetwork build(CityData city, NetworkOptions options) {
        return new CityNetwork(city, options);
    }

    public CityData city() {
        return city;
    }

    public WalkGraph graph() {
        return city.graph();
    }

    public Buildings buildings() {
        return city.buildings();
    }

    public Facilities facilities() {
        return city.facilities();
    }

    public NetworkOptions options() {
        return options;
    }

    /** The graph's connected components and islands: how many islands, their nodes ({@link GraphIslands}). */
    public GraphIslands islands() {
        return islands;
    }

    /**
     * The snapper that placed the buildings and facilities (islands avoided, the options' maximum distance): snap new
     * points, such as candidate sites, with it so that they meet the graph exactly as a facility of the city would.
     */
    public EdgeSnapper snapper() {
        return snapper;
    }

    /** Where each building meets the graph, by building id; unsnapped and island-avoiding counts included. */
    public Snaps buildingSnaps() {
        return buildingSnaps;
    }

    /** Where each facility meets the graph, by facility id. */
    public Snaps facilitySnaps() {
        return facilitySnaps;
    }

    /** Wall-clock ms spent finding islands and snapping (informative, for the run summary). */
    public long buildTime_ms() {
        return buildTime_ms;
    }
}
