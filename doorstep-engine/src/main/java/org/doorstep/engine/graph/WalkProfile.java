package org.doorstep.engine.graph;

import java.util.Locale;

/**
 * How fast a kind of resident walks. GB 50180-2018's life-circle distances imply about 60 m a minute (1.0 m/s), the
 * general profile; the elderly profile walks at 0.8 m/s by default. Steps are walked {@code stepsSlowdown} times slower
 * than flat ground; the elderly are penalised more. Immutable.
 *
 * @param name profile name as given on the command line ({@code general}, {@code elderly})
 * @param speed_mps walking speed on flat ground in metres per second, positive
 * @param stepsSlowdown factor (at least 1) by which a flight of steps takes longer than flat ground of the same length
 */
public record WalkProfile(String name, double speed_mps, double stepsSlowdown) {

    public static final WalkProfile GENERAL = new WalkProfile("general", 1.0, 1.5);
    public static final WalkProfile ELDERLY = new WalkProfile("elderly", 0.8, 3.0);

    public WalkProfile {
        if (!(speed_mps > 0) || !(stepsSlowdown >= 1)) {
            throw new IllegalArgumentException("profile " + name
                    + ": speed must be > 0 m/s and steps slowdown >= 1, got " + speed_mps + " and " + stepsSlowdown);
        }
    }

    /** The built-in profile with this name ({@code general} or {@code elderly}). */
    public static WalkProfile named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "general" -> GENERAL;
            case "elderly" -> ELDERLY;
            default ->
                throw new IllegalArgumentException("unknown walking profile '" + name + "'; known: general, elderly");
        };
    }

    /** This profile at another flat-ground speed, keeping its steps slowdown. */
    public WalkProfile withSpeed(double newSpeed_mps) {
        return new WalkProfile(name, newSpeed_mps, stepsSlowdown);
    }

    /** Milliseconds to walk {@code length_mm} millimetres of flat ground (1 mm at 1 m/s is 1 ms), rounded. */
    public long walkTime_ms(long length_mm) {
        return Math.round(length_mm / speed_mps);
    }

    /** Milliseconds to walk one edge of a graph, steps slowed down. */
    public int edgeTime_ms(WalkGraph graph, int edge) {
        return timeAlong_ms(graph, edge, graph.edgeLength_mm(edge));
    }

    /**
     * Milliseconds to walk from an edge's {@code edgeFrom} node to the point {@code offset_mm} along it, steps slowed
     * down: {@code round(offset_mm × slowdown / speed)}. At the edge's full length this is {@link #edgeTime_ms}, so a
     * point on the edge splits it into {@code timeAlong} and {@code edgeTime - timeAlong}, and the parts of an edge
     * split at several points add up exactly to the whole (the walking model of {@code AccessAnalysis}).
     */
    public int timeAlong_ms(WalkGraph graph, int edge, int offset_mm) {
        double factor = graph.isSteps(edge) ? stepsSlowdown : 1.0;
        return (int) Math.min(Integer.MAX_VALUE, Math.round(offset_mm * factor / speed_mps));
    }

    /** Every edge's walking time in milliseconds, indexed by edge id. */
    public int[] edgeTimes_ms(WalkGraph graph) {
        int[] times = new int[graph.edgeCount()];
        for (int e = 0; e < times.length; e++) {
            times[e] = edgeTime_ms(graph, e);
        }
        return times;
    }
}
