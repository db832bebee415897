package org.doorstep.engine.generate;

import java.util.SplittableRandom;

/**
 * Districts (区) and streets (街道) over the superblocks, with names and 12-digit codes in the national format (6-digit
 * area code 3201xx, 3-digit street, 3-digit community; well-formed but fake). Districts are the Voronoi cells of
 * well-spread seed superblocks with a little noise on the distances, so that their borders zigzag; streets are made the
 * same way inside each district, about seven communities each. Immutable once built.
 */
final class Divisions {

    private static final int COMMUNITIES_PER_STREET = 7;

    final int[] districtOf;
    /** City-wide street index of each superblock. */
    final int[] streetOf;

    final String[] districtNames;
    final String[] streetNames;
    final String[] communityNames;
    final String[] communityCodes;
    /** Per street: its district. */
    final int[] streetDistrict;

    private Divisions(CityLayout layout, int districts, SplittableRandom random) {
        int n = layout.superblocks.length;
        int[] all = new int[n];
        for (int s = 0; s < n; s++) {
            all[s] = s;
        }
        this.districtOf = Voronoi.partition(layout, all, districts, random);
        this.streetOf = new int[n];
        int streets = 0;
        int[] firstStreet = new int[districts + 1];
        for (int d = 0; d < districts; d++) {
            int[] members = membersOf(districtOf, d);
            int count = Math.max(1, Math.round(members.length / (float) COMMUNITIES_PER_STREET));
            int[] local = Voronoi.partition(layout, members, count, random);
            for (int i = 0; i < members.length; i++) {
                streetOf[members[i]] = streets + local[i];
            }
            firstStreet[d] = streets;
            streets += count;
        }
        firstStreet[districts] = streets;
        this.streetDistrict = new int[streets];
        for (int d = 0; d < districts; d++) {
            for (int s = firstStreet[d]; s < firstStreet[d + 1]; s++) {
                streetDistrict[s] = d;
            }
        }
        ChineseNames names = new ChineseNames(random);
        this.districtNames = new String[districts];
        for (int d = 0; d < districts; d++) {
            districtNames[d] = names.district();
        }
        this.streetNames = new String[streets];
        for (int s = 0; s < streets; s++) {
            streetNames[s] = names.street();
        }
        this.communityNames = new String[n];
        this.communityCodes = new String[n];
        int[] nextInStreet = new int[streets];
        for (int c = 0; c < n; c++) {
            int street = streetOf[c];
            int d = districtOf[c];
            communityNames[c] = names.community();
            communityCodes[c] = String.format(
                    java.util.Locale.ROOT,
                    "3201%02d%03d%03d",
                    d + 1,
                    street - firstStreet[d] + 1,
                    ++nextInStreet[street]);
        }
    }

    static Divisions assign(CityLayout layout, int districts, SplittableRandom random) {
        return new Divisions(layout, districts, random);
    }

    private static int[] membersOf(int[] groupOf, int group) {
        int count = 0;
        for (int g : groupOf) {
            count += g == group ? 1 : 0;
        }
        int[] members = new int[count];
        int i = 0;
        for (int s = 0; s < groupOf.length; s++) {
            if (groupOf[s] == group) {
                members[i++] = s;
            }
        }
        return members;
    }

    /** The community name without its 社区 suffix, for facility names. */
    String communityStem(int community) {
        String name = communityNames[community];
        return name.substring(0, name.length() - 2);
    }

    /** The street name without its 街道 suffix. */
    String streetStem(int street) {
        String name = streetNames[street];
        return name.substring(0, name.length() - 2);
    }
}
