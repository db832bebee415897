package org.doorstep.engine.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/** The exported graph read back from its CSV files, with a textbook Dijkstra: the reader's side of the export. */
final class ExportedGraph {

    record Snap(String kind, String osmId, String category, int edge, int from, int to, long toFrom_ms, long toTo_ms) {}

    private final int nodes;
    private final List<int[]> edges = new ArrayList<>();
    private final List<Snap> snaps = new ArrayList<>();

    private ExportedGraph(int nodes) {
        this.nodes = nodes;
    }

    static ExportedGraph read(Path dir) throws IOException {
        ExportedGraph graph =
                new ExportedGraph(Files.readAllLines(dir.resolve("nodes.csv")).size() - 1);
        List<String> edgeRows = Files.readAllLines(dir.resolve("edges.csv"));
        for (String row : edgeRows.subList(1, edgeRows.size())) {
            String[] c = row.split(",");
            graph.edges.add(new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2]), millis(c[4])});
        }
        List<String> snapRows = Files.readAllLines(dir.resolve("snaps.csv"));
        for (String row : snapRows.subList(1, snapRows.size())) {
            String[] c = row.split(",", -1);
            graph.snaps.add(new Snap(
                    c[0],
                    c[1],
                    c[2],
                    Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]),
                    Integer.parseInt(c[5]),
                    millis(c[8]),
                    millis(c[9])));
        }
        return graph;
    }

    List<Snap> buildings() {
        return snaps.stream().filter(s -> s.kind().equals("building")).toList();
    }

    /** Node and start time pairs: both ends of every snapped facility's edge of the category. */
    List<long[]> facilitySeeds(String category) {
        List<long[]> seeds = new ArrayList<>();
        for (Snap s : snaps) {
            if (s.kind().equals("facility") && s.category().equals(category)) {
                seeds.add(new long[] {s.from(), s.toFrom_ms()});
                seeds.add(new long[] {s.to(), s.toTo_ms()});
            }
        }
        return seeds;
    }

    boolean sharesEdgeWithFacility(Snap building, String category) {
        Set<Integer> edgesWithFacility = new HashSet<>();
        for (Snap s : snaps) {
            if (s.kind().equals("facility") && s.category().equals(category)) {
                edgesWithFacility.add(s.edge());
            }
        }
        return edgesWithFacility.contains(building.edge());
    }

    long[] dijkstraFrom(List<long[]> seeds) {
        List<List<int[]>> adjacency = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            adjacency.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            adjacency.get(e[0]).add(new int[] {e[1], e[2]});
            adjacency.get(e[1]).add(new int[] {e[0], e[2]});
        }
        long[] best = new long[nodes];
        Arrays.fill(best, Long.MAX_VALUE / 2);
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[1], b[1]));
        for (long[] seed : seeds) {
            if (seed[1] < best[(int) seed[0]]) {
                best[(int) seed[0]] = seed[1];
                queue.add(seed);
            }
        }
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int node = (int) head[0];
            if (head[1] > best[node]) {
                continue;
            }
            for (int[] arc : adjacency.get(node)) {
                long time = head[1] + arc[1];
                if (time < best[arc[0]]) {
                    best[arc[0]] = time;
                    queue.add(new long[] {arc[0], time});
                }
            }
        }
        return best;
    }

    private static int millis(String seconds) {
        return new BigDecimal(seconds).movePointRight(3).intValueExact();
    }
}
