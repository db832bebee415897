package org.doorstep.engine.siting;

import java.util.Arrays;

/**
 * A set of chosen sites under construction with, per demand point, how many chosen sites cover it. Gains are summed in
 * ascending point order, so the same state always gives the same bits. Not thread-safe.
 */
final class CoverageState {

    final CoverageInstance instance;
    final int[] coverCount;
    private final boolean[] chosen;
    private int[] order = new int[8];
    private int size;
    private double coveredWeight;
    private double cost;

    CoverageState(CoverageInstance instance) {
        this.instance = instance;
        this.coverCount = new int[instance.demandCount()];
        this.chosen = new boolean[instance.candidateCount()];
    }

    static CoverageState of(CoverageInstance instance, int[] sites) {
        CoverageState state = new CoverageState(instance);
        for (int site : sites) {
            state.add(site);
        }
        return state;
    }

    /** Weight newly covered if {@code candidate} were added. */
    double gain(int candidate) {
        double sum = 0;
        for (int k = instance.firstCovered(candidate); k < instance.firstCovered(candidate + 1); k++) {
            int point = instance.coveredAt(k);
            if (coverCount[point] == 0) {
                sum += instance.weight(point);
            }
        }
        return sum;
    }

    /** Weight left uncovered if the chosen {@code site} were removed. */
    double loss(int site) {
        double sum = 0;
        for (int k = instance.firstCovered(site); k < instance.firstCovered(site + 1); k++) {
            int point = instance.coveredAt(k);
            if (coverCount[point] == 1) {
                sum += instance.weight(point);
            }
        }
        return sum;
    }

    void add(int candidate) {
        if (chosen[candidate]) {
            throw new IllegalArgumentException("site " + candidate + " chosen twice");
        }
        coveredWeight += gain(candidate);
        cost += instance.cost(candidate);
        for (int k = instance.firstCovered(candidate); k < instance.firstCovered(candidate + 1); k++) {
            coverCount[instance.coveredAt(k)]++;
        }
        chosen[candidate] = true;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = candidate;
    }

    /** Replaces the chosen {@code out} by {@code in}; {@code in} goes last in the order. */
    void swap(int out, int in) {
        coveredWeight -= loss(out);
        cost -= instance.cost(out);
        for (int k = instance.firstCovered(out); k < instance.firstCovered(out + 1); k++) {
            coverCount[instance.coveredAt(k)]--;
        }
        chosen[out] = false;
        int position = 0;
        while (order[position] != out) {
            position++;
        }
        size--;
        System.arraycopy(order, position + 1, order, position, size - position);
        add(in);
    }

    boolean chosen(int candidate) {
        return chosen[candidate];
    }

    int size() {
        return size;
    }

    /** The chosen sites in the order they were added. */
    int[] sites() {
        return Arrays.copyOf(order, size);
    }

    double coveredWeight() {
        return coveredWeight;
    }

    double cost() {
        return cost;
    }
}
