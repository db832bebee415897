package org.doorstep.engine.generate;

import org.doorstep.engine.graph.LocalProjection;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;

/**
 * Turns a {@link StreetPlan} into a {@link WalkGraph}: drops what the river covers (junctions on the water, segments
 * that would cross it other than the bridges), drops junctions left without segments, then spreads shape nodes over the
 * remaining segments in proportion to their length so that the graph has the wanted number of nodes.
 */
final class GraphEmitter {

    private static final double[] RIVER_SAMPLES = {0.25, 0.5, 0.75};

    private final StreetPlan plan;
    private final River river;
    private final LocalProjection projection;

    GraphEmitter(StreetPlan plan, River river, LocalProjection projection) {
        this.plan = plan;
        this.river = river;
        this.projection = projection;
    }

    WalkGraph emit(int targetNodes) {
        boolean[] kept = keptSegments();
        int[] nodeOf = numberJunctions(kept);
        int junctions = 0;
        double length_m = 0;
        for (int s = 0; s < plan.segmentCount(); s++) {
            length_m += kept[s] ? plan.length_m(s) : 0;
        }
        WalkGraphBuilder builder = new WalkGraphBuilder();
        for (int j = 0; j < plan.junctionCount(); j++) {
            if (nodeOf[j] >= 0) {
                builder.addNode(projection.lonE7(plan.x(j)), projection.latE7(plan.y(j)));
                junctions++;
            }
        }
        double shapeNodesPerMetre = Math.max(0, targetNodes - junctions) / Math.max(1, length_m);
        double cumulative_m = 0;
        for (int s = 0; s < plan.segmentCount(); s++) {
            if (kept[s]) {
                long before = (long) (cumulative_m * shapeNodesPerMetre);
                cumulative_m += plan.length_m(s);
                int shapeNodes = (int) ((long) (cumulative_m * shapeNodesPerMetre) - before);
                addSegment(builder, s, nodeOf, shapeNodes);
            }
        }
        return builder.build();
    }

    private boolean[] keptSegments() {
        boolean[] kept = new boolean[plan.segmentCount()];
        for (int s = 0; s < kept.length; s++) {
            kept[s] = !onWater(plan.from(s)) && !onWater(plan.to(s)) && (plan.kind(s) == StreetPlan.BRIDGE || dry(s));
        }
        return kept;
    }

    private boolean onWater(int junction) {
        return river.near(plan.x(junction), plan.y(junction), 3);
    }

    /** Both ends on one bank and the segment keeps off the water in between. */
    private boolean dry(int s) {
        if (river.north(plan.x(plan.from(s)), plan.y(plan.from(s)))
                != river.north(plan.x(plan.to(s)), plan.y(plan.to(s)))) {
            return false;
        }
        for (double t : RIVER_SAMPLES) {
            if (river.near(plan.pointX(s, t), plan.pointY(s, t), 0)) {
                return false;
            }
        }
        return true;
    }

    /** Graph node of each junction that keeps a segment, in junction order; -1 for the others. */
    private int[] numberJunctions(boolean[] kept) {
        int[] nodeOf = new int[plan.junctionCount()];
        for (int s = 0; s < kept.length; s++) {
            if (kept[s]) {
                nodeOf[plan.from(s)] = 1;
                nodeOf[plan.to(s)] = 1;
            }
        }
        int next = 0;
        for (int j = 0; j < nodeOf.length; j++) {
            nodeOf[j] = nodeOf[j] == 1 ? next++ : -1;
        }
        return nodeOf;
    }

    private void addSegment(WalkGraphBuilder builder, int s, int[] nodeOf, int shapeNodes) {
        int previous = nodeOf[plan.from(s)];
        for (int i = 1; i <= shapeNodes; i++) {
            double t = i / (shapeNodes + 1.0);
            int node = builder.addNode(projection.lonE7(plan.pointX(s, t)), projection.latE7(plan.pointY(s, t)));
            builder.addEdge(previous, node, plan.flags(s));
            previous = node;
        }
        builder.addEdge(previous, nodeOf[plan.to(s)], plan.flags(s));
    }
}
