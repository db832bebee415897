package org.doorstep.engine.osm;

import java.util.Set;
import org.doorstep.engine.graph.WalkGraph;

/**
 * Decides which OSM ways a pedestrian may walk, and with which edge flags. The one place of that decision.
 *
 * <table>
 * <caption>Walkable ways, rules applied top to bottom</caption>
 * <tr><th>tags</th><th>walkable</th><th>why</th></tr>
 * <tr><td>no {@code highway}</td><td>no</td><td>not a way for traffic (buildings, land use, rails)</td></tr>
 * <tr><td>{@code highway=motorway|motorway_link|construction|proposed|abandoned|raceway|bus_guideway}</td><td>no</td>
 *     <td>forbidden or not (yet, any more) a road; {@code foot=yes} does not change this</td></tr>
 * <tr><td>{@code highway} not in the list of the next row (for example {@code road}, {@code elevator},
 *     {@code escape})</td><td>no</td><td>unknown or unclassified kind of way</td></tr>
 * <tr><td>{@code foot=yes|designated|permissive}</td><td>yes</td><td>explicit permission beats any access tag</td></tr>
 * <tr><td>{@code foot=no|private|use_sidepath}</td><td>no</td><td>pedestrians are excluded or sent to a parallel
 *     sidewalk, which is mapped as its own way</td></tr>
 * <tr><td>{@code access=no|private}</td><td>no</td><td>closed to the public</td></tr>
 * <tr><td>{@code highway=footway|pedestrian|path|steps|living_street|residential|service|unclassified|track|cycleway|
 *     bridleway|corridor|platform|tertiary|tertiary_link|secondary|secondary_link|primary|primary_link|trunk|
 *     trunk_link}</td><td>yes</td><td>pedestrians walk the sidewalks of main roads: in China sidewalks are rarely
 *     mapped as their own ways. {@code highway=steps} gets the {@link WalkGraph#STEPS} flag. An {@code area=yes}
 *     pedestrian square is walked along its outline.</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class WalkableWayFilter {

    /** Returned by {@link #edgeFlags} for a way that is not walkable. */
    static final int NOT_WALKABLE = -1;

    private static final Set<String> WALKABLE_HIGHWAYS = Set.of(
            "footway",
            "pedestrian",
            "path",
            "steps",
            "living_street",
            "residential",
            "service",
            "unclassified",
            "track",
            "cycleway",
            "bridleway",
            "corridor",
            "platform",
            "tertiary",
            "tertiary_link",
            "secondary",
            "secondary_link",
            "primary",
            "primary_link",
            "trunk",
            "trunk_link");
    private static final Set<String> FOOT_ALLOWED = Set.of("yes", "designated", "permissive");
    private static final Set<String> FOOT_FORBIDDEN = Set.of("no", "private", "use_sidepath");
    private static final Set<String> ACCESS_FORBIDDEN = Set.of("no", "private");

    private WalkableWayFilter() {}

    /** The edge flags of a walkable way ({@link WalkGraph#STEPS} or 0), or {@link #NOT_WALKABLE}. */
    static int edgeFlags(Tags tags) {
        String highway = tags.get("highway");
        // The excluded kinds of the table are simply absent from WALKABLE_HIGHWAYS.
        if (highway == null || !WALKABLE_HIGHWAYS.contains(highway) || !allowsPedestrians(tags)) {
            return NOT_WALKABLE;
        }
        return highway.equals("steps") ? WalkGraph.STEPS : 0;
    }

    private static boolean allowsPedestrians(Tags tags) {
        String foot = tags.get("foot");
        if (foot != null && FOOT_ALLOWED.contains(foot)) {
            return true;
        }
        if (foot != null && FOOT_FORBIDDEN.contains(foot)) {
            return false;
        }
        String access = tags.get("access");
        return access == null || !ACCESS_FORBIDDEN.contains(access);
    }
}
