package org.doorstep.engine.osm;

import java.util.List;
import org.doorstep.engine.city.OsmRef;

/**
 * The last pass, over nodes: stores the coordinates of the nodes the ways need and keeps the nodes that are facilities.
 * Not thread-safe.
 */
final class NodePass implements OsmHandler {

    private final NodeIds ids;
    private final NodeCoordinates coordinates;
    private final List<Feature> features;
    private long nodes;

    NodePass(NodeIds ids, List<Feature> features) {
        this.ids = ids;
        this.coordinates = new NodeCoordinates(ids.size());
        this.features = features;
    }

    @Override
    public void node(long id, int lonE7, int latE7, Tags tags) {
        nodes++;
        int index = ids.find(id);
        if (index != NodeIds.ABSENT) {
            coordinates.set(index, lonE7, latE7);
        }
        Feature feature = tags.isEmpty() ? null : Feature.of(OsmRef.NODE, id, tags);
        if (feature != null) {
            feature.lonE7 = lonE7;
            feature.latE7 = latE7;
            features.add(feature);
        }
    }

    NodeCoordinates coordinates() {
        return coordinates;
    }

    long nodes() {
        return nodes;
    }
}
