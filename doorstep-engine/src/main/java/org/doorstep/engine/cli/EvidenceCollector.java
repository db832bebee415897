package org.doorstep.engine.cli;

import java.util.Arrays;
import org.doorstep.engine.access.PointReach;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.standards.CommunityEvidence;

/**
 * Turns one facility's reach into evidence for every community it serves: the households of each community within
 * each checked distance of it. Reuses its sums across facilities (a touched list resets them). Not thread-safe.
 */
final class EvidenceCollector {

    private final int[] communityOf;
    private final Population population;
    private final double[] households;
    private final int[] times_ms;
    /** Households within each distance per community, {@code [c * distances + d]}, for the current facility. */
    private final double[] within;

    private final boolean[] touched;
    private final int[] touchedList;
    private int touchedCount;

    EvidenceCollector(int[] communityOf, Population population, double[] households, double[] distances_m) {
        this.communityOf = communityOf;
        this.population = population;
        this.households = households;
        this.times_ms = WalkThresholds.times_ms(distances_m);
        this.within = new double[households.length * times_ms.length];
        this.touched = new boolean[households.length];
        this.touchedList = new int[households.length];
    }

    /** Adds facility {@code f} to the evidence of every community it reaches and of the one it stands in. */
    void add(int f, Facilities facilities, int home, PointReach reach, CommunityEvidence.Builder[] builders) {
        for (int pair = reach.firstPair(f); pair < reach.endPair(f); pair++) {
            int b = reach.building(pair);
            int c = communityOf[b];
            if (c < 0 || reach.time_ms(pair) > times_ms[times_ms.length - 1]) {
                continue;
            }
            touch(c);
            for (int d = 0; d < times_ms.length; d++) {
                within[c * times_ms.length + d] += reach.time_ms(pair) <= times_ms[d] ? population.households(b) : 0;
            }
        }
        if (home >= 0) {
            touch(home);
        }
        // Communities in ascending order, so that the evidence does not depend on the order buildings were met.
        Arrays.sort(touchedList, 0, touchedCount);
        for (int i = 0; i < touchedCount; i++) {
            int c = touchedList[i];
            builders[c].addFacility(f, facilities.category(f), null, facilities.floorArea_m2(f), c == home, shares(c));
            Arrays.fill(within, c * times_ms.length, (c + 1) * times_ms.length, 0);
            touched[c] = false;
        }
        touchedCount = 0;
    }

    private void touch(int c) {
        if (!touched[c]) {
            touched[c] = true;
            touchedList[touchedCount++] = c;
        }
    }

    private double[] shares(int c) {
        double[] shares = new double[times_ms.length];
        for (int d = 0; d < shares.length; d++) {
            // sums of doubles may pass 1 by a rounding step
            shares[d] = households[c] > 0 ? Math.min(1, within[c * times_ms.length + d] / households[c]) : 0;
        }
        return shares;
    }
}
