package org.doorstep.engine.siting;

import java.util.Arrays;

/**
 * The demand side of the exact model, reduced: points of weight 0 or with no eligible coverer drop out; a point only one
 * eligible candidate covers adds its weight to that candidate's own coefficient; points covered by the same set of
 * eligible candidates merge into one group. Groups are in lexicographic order of their coverer sets.
 */
final class CoverGroups {

    /** Eligible candidate ids, ascending; the model's decision variables. */
    final int[] candidates;
    /** Weight a candidate covers alone, per entry of {@link #candidates}. */
    final double[] ownWeight;
    /** Group {@code g} is covered by the variables {@code members[firstMember[g] .. firstMember[g+1]-1]}. */
    final int[] firstMember;

    final int[] members;
    final double[] groupWeight;

    private CoverGroups(int[] candidates, double[] ownWeight, int[] firstMember, int[] members, double[] groupWeight) {
        this.candidates = candidates;
        this.ownWeight = ownWeight;
        this.firstMember = firstMember;
        this.members = members;
        this.groupWeight = groupWeight;
    }

    int groupCount() {
        return groupWeight.length;
    }

    static CoverGroups of(CoverageInstance instance, SitingQuery query) {
        int[] variable = new int[instance.candidateCount()];
        int count = 0;
        for (int c = 0; c < variable.length; c++) {
            variable[c] = query.eligible(instance, c) ? count++ : -1;
        }
        int[] candidates = new int[count];
        for (int c = 0; c < variable.length; c++) {
            if (variable[c] >= 0) {
                candidates[variable[c]] = c;
            }
        }
        double[] ownWeight = new double[count];
        int[][] lists = shareLists(instance, variable, ownWeight);
        return merged(candidates, ownWeight, lists, instance);
    }

    /** Per point, its eligible coverers as variable ids when there are two or more; singles go to {@code ownWeight}. */
    private static int[][] shareLists(CoverageInstance instance, int[] variable, double[] ownWeight) {
        int[][] lists = new int[instance.demandCount()][];
        int[] buffer = new int[instance.candidateCount()];
        for (int point = 0; point < lists.length; point++) {
            int n = 0;
            for (int k = instance.firstCoverer(point); k < instance.firstCoverer(point + 1); k++) {
                int v = variable[instance.covererAt(k)];
                if (v >= 0) {
                    buffer[n++] = v;
                }
            }
            if (instance.weight(point) > 0 && n == 1) {
                ownWeight[buffer[0]] += instance.weight(point);
            } else if (instance.weight(point) > 0 && n > 1) {
                lists[point] = Arrays.copyOf(buffer, n);
            }
        }
        return lists;
    }

    private static CoverGroups merged(int[] candidates, double[] ownWeight, int[][] lists, CoverageInstance instance) {
        Integer[] points = new Integer[lists.length];
        int n = 0;
        for (int point = 0; point < lists.length; point++) {
            if (lists[point] != null) {
                points[n++] = point;
            }
        }
        Integer[] shared = Arrays.copyOf(points, n);
        Arrays.sort(shared, (a, b) -> {
            int order = Arrays.compare(lists[a], lists[b]);
            return order != 0 ? order : Integer.compare(a, b);
        });
        int[] firstMember = new int[n + 1];
        int[] members = new int[0];
        double[] groupWeight = new double[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int[] list = lists[shared[i]];
            if (groups == 0 || !Arrays.equals(list, lists[shared[i - 1]])) {
                members = append(members, firstMember[groups], list);
                firstMember[groups + 1] = firstMember[groups] + list.length;
                groups++;
            }
            groupWeight[groups - 1] += instance.weight(shared[i]);
        }
        return new CoverGroups(
                candidates,
                ownWeight,
                Arrays.copyOf(firstMember, groups + 1),
                members,
                Arrays.copyOf(groupWeight, groups));
    }

    private static int[] append(int[] members, int at, int[] list) {
        int[] grown = members.length >= at + list.length ? members : Arrays.copyOf(members, 2 * (at + list.length));
        System.arraycopy(list, 0, grown, at, list.length);
        return grown;
    }
}
