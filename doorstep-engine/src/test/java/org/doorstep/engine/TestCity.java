package org.doorstep.engine;

import java.util.Map;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;

/** A city drawn in a test: nodes, edges, buildings (100 m², one level) and facilities at given coordinates. */
final class TestCity {

    /** 9,000e-7 degree: about 100.08 m along the equator or a meridian. */
    static final int BLOCK = 9_000;

    final WalkGraphBuilder graph = new WalkGraphBuilder();
    private final Buildings.Builder buildings = new Buildings.Builder();
    private final Facilities.Builder facilities = new Facilities.Builder();

    int node(int lonE7, int latE7) {
        return graph.addNode(lonE7, latE7);
    }

    int edge(int a, int b, int flags) {
        return graph.addEdge(a, b, flags);
    }

    int building(int lonE7, int latE7) {
        int id = buildings.size();
        return buildings.add(OsmRef.of(OsmRef.GENERATED, id), lonE7, latE7, 100, 1, false);
    }

    int facility(ServiceCategory category, int lonE7, int latE7, double capacity) {
        int id = facilities.size();
        return facilities.add(
                OsmRef.of(OsmRef.GENERATED, 1000 + id),
                category,
                "test",
                "",
                lonE7,
                latE7,
                Double.NaN,
                capacity,
                false);
    }

    CityData build() {
        WalkGraph walkGraph = graph.build();
        return new CityData("test", walkGraph, buildings.build(), facilities.build(), Map.of());
    }
}
