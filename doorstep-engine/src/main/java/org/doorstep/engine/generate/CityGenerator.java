package org.doorstep.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.LocalProjection;
import org.doorstep.engine.graph.WalkGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates a synthetic Chinese city from a {@link CitySpec}: a jittered grid of arterials whose superblocks are the
 * communities, grouped into streets and districts; local streets with gaps, culs-de-sac, footways, steps and gated
 * islands; a river crossed by a few bridges; residential compounds; facilities of every {@link ServiceCategory} with
 * realistic gaps. Every random draw comes from one {@link SplittableRandom} seeded by the spec, in a fixed order, so
 * that the same spec gives the same city byte for byte. Uses primitive arrays throughout: two million graph nodes take
 * a few seconds and well under 1 GB. Stateless and thread-safe.
 */
public final class CityGenerator {

    private CityGenerator() {}

    /** Deterministic from the spec: same spec, same city, byte for byte. */
    public static GeneratedCity generate(CitySpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        LocalProjection projection = new LocalProjection(spec.originLon(), spec.originLat());
        CityLayout layout = CityLayout.create(spec, random.split());
        StreetPlan plan = StreetPlanner.plan(layout, random.split());
        WalkGraph graph = new GraphEmitter(plan, layout.river, projection).emit(spec.targetGraphNodes());
        Divisions divisions = Divisions.assign(layout, spec.districts(), random.split());
        BuildingPlacer placer = new BuildingPlacer(layout, plan, projection, random.split());
        placer.placeAll();
        Buildings buildings = placer.buildings();
        Facilities facilities = new FacilityPlacer(
                        layout, plan, projection, divisions, random.split(), buildings.size() + 1L)
                .placeAll(placer.floorArea_m2);
        List<Community> communities = communities(layout, divisions, projection);
        String source = "generated:seed=" + spec.seed() + ",nodes=" + spec.targetGraphNodes();
        CityData city = new CityData(
                source,
                graph,
                buildings,
                facilities,
                counts(graph, buildings, facilities, communities.size(), spec.districts()));
        return new GeneratedCity(
                city, communities, placer.communityOf(), layout.river, projection, layout.bridgeCount());
    }

    private static List<Community> communities(CityLayout layout, Divisions divisions, LocalProjection projection) {
        GeometryFactory factory = new GeometryFactory();
        List<Community> communities = new ArrayList<>(layout.superblocks.length);
        for (Superblock sb : layout.superblocks) {
            Coordinate[] ring = new Coordinate[5];
            for (int c = 0; c < 5; c++) {
                ring[c] = new Coordinate(projection.lon(sb.cornerX[c % 4]), projection.lat(sb.cornerY[c % 4]));
            }
            Polygon boundary = factory.createPolygon(ring);
            int street = divisions.streetOf[sb.index];
            communities.add(new Community(
                    divisions.communityCodes[sb.index],
                    divisions.communityNames[sb.index],
                    divisions.districtNames[divisions.districtOf[sb.index]],
                    divisions.streetNames[street],
                    boundary,
                    "generated"));
        }
        return communities;
    }

    private static Map<String, Long> counts(
            WalkGraph graph, Buildings buildings, Facilities facilities, int communities, int districts) {
        long steps = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            steps += graph.isSteps(e) ? 1 : 0;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("graph_nodes", (long) graph.nodeCount());
        counts.put("graph_edges", (long) graph.edgeCount());
        counts.put("steps_edges", steps);
        counts.put("buildings", (long) buildings.size());
        counts.put("residential_buildings", (long) buildings.size());
        for (ServiceCategory category : ServiceCategory.values()) {
            counts.put("facilities_" + category.code(), (long) facilities.ofCategory(category).length);
        }
        counts.put("communities", (long) communities);
        counts.put("districts", (long) districts);
        return counts;
    }
}
