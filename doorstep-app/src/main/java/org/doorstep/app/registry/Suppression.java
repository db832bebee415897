package org.doorstep.app.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression for published aggregates. Counts under {@value SuppressedCount#THRESHOLD} are suppressed
 * (primary suppression); where parts add up to a shown total and only one part is suppressed, it could be worked out
 * by subtraction, so the smallest other part is suppressed too (complementary suppression).
 */
final class Suppression {

    private Suppression() {}

    /** The parts of a total (age bands of the residents), suppressed so that none can be derived from the others. */
    static List<SuppressedCount> partsOf(long total, List<Long> parts) {
        List<SuppressedCount> cells = new ArrayList<>(parts.size());
        parts.forEach(part -> cells.add(SuppressedCount.of(part)));
        long hidden = cells.stream().filter(SuppressedCount::suppressed).count();
        if (total >= SuppressedCount.THRESHOLD && hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (!cells.get(i).suppressed() && (smallest < 0 || parts.get(i) < parts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, SuppressedCount.hidden());
            }
        }
        return cells;
    }
}
