package org.doorstep.engine.access;

import java.util.Arrays;

/**
 * Where the facilities of a what-if session stand, by facility id, and which are open. Ids {@code 0..cityCount-1} are
 * the city's facilities at their snapped places (open when of the session's category); opened facilities take the next
 * ids. A facility opened or moved in the session is "relocated": it is looked up in a short list instead of the city's
 * per-edge index, so that the index never needs rebuilding. Not thread-safe.
 */
final class SessionFacilities {

    private final PlacedPoints city;
    private int[] edge;
    private int[] along_ms;
    private int[] walk_ms;
    private boolean[] open;
    private boolean[] relocated;
    private int count;
    private int[] relocatedIds = new int[8];
    private int relocatedCount;
    private int[] found = new int[8];

    SessionFacilities(PlacedPoints city, int[] openIds) {
        this.city = city;
        this.count = city.size();
        this.edge = city.edge.clone();
        this.along_ms = city.along_ms.clone();
        this.walk_ms = city.walk_ms.clone();
        this.open = new boolean[count];
        this.relocated = new boolean[count];
        for (int f : openIds) {
            open[f] = true;
        }
    }

    int count() {
        return count;
    }

    boolean isOpen(int f) {
        return f >= 0 && f < count && open[f];
    }

    int edge(int f) {
        return edge[f];
    }

    int along_ms(int f) {
        return along_ms[f];
    }

    int walk_ms(int f) {
        return walk_ms[f];
    }

    /** Adds an open facility at a place (edge -1: unsnapped) and returns its id, the next free one. */
    int add(int e, int along, int walk) {
        if (count == edge.length) {
            int n = Math.max(8, count * 2);
            edge = Arrays.copyOf(edge, n);
            along_ms = Arrays.copyOf(along_ms, n);
            walk_ms = Arrays.copyOf(walk_ms, n);
            open = Arrays.copyOf(open, n);
            relocated = Arrays.copyOf(relocated, n);
        }
        int f = count++;
        open[f] = true;
        relocate(f, e, along, walk);
        return f;
    }

    /** Puts facility {@code f} at another place, keeping whether it is open. */
    void relocate(int f, int e, int along, int walk) {
        edge[f] = e;
        along_ms[f] = along;
        walk_ms[f] = walk;
        if (!relocated[f]) {
            relocated[f] = true;
            if (relocatedCount == relocatedIds.length) {
                relocatedIds = Arrays.copyOf(relocatedIds, relocatedCount * 2);
            }
            relocatedIds[relocatedCount++] = f;
        }
    }

    void setOpen(int f, boolean isOpen) {
        open[f] = isOpen;
    }

    /** Collects the open facilities on edge {@code e}; returns how many, read them with {@link #found(int)}. */
    int openOnEdge(int e) {
        int n = 0;
        for (int i = city.firstOnEdge(e); i < city.endOnEdge(e); i++) {
            int f = city.pointAt(i);
            if (open[f] && !relocated[f]) {
                n = keep(n, f);
            }
        }
        for (int i = 0; i < relocatedCount; i++) {
            int f = relocatedIds[i];
            if (open[f] && edge[f] == e) {
                n = keep(n, f);
            }
        }
        return n;
    }

    private int keep(int n, int f) {
        if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
        }
        found[n] = f;
        return n + 1;
    }

    /** The i-th facility collected by the last {@link #openOnEdge}. */
    int found(int i) {
        return found[i];
    }
}
