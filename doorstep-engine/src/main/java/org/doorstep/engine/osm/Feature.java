package org.doorstep.engine.osm;

import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.engine.city.OsmRef;
import org.jspecify.annotations.Nullable;

/**
 * An OSM element the import keeps beyond the walking graph: a building, a residential land-use area or a facility, with
 * what its tags say (read once, so that the tags themselves can go) and where its geometry comes from: a node's
 * coordinates, a way's nodes, or a multipolygon's outer and inner member ways.
 */
final class Feature {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,7}(\\.[0-9]{1,3})?");

    final long ref;
    final byte buildingKind;
    /** Stated levels, or {@link BuildingTags#NO_LEVELS}. */
    final int statedLevels;

    final boolean residentialLanduse;
    final List<FacilityTagTable.Match> facilities;
    final String name;
    final double capacity;

    int lonE7;
    int latE7;
    int[] wayNodes = new int[0];
    long[] outerWays = new long[0];
    long[] innerWays = new long[0];

    private Feature(long ref, Tags tags, List<FacilityTagTable.Match> facilities) {
        this.ref = ref;
        this.buildingKind = BuildingTags.kind(tags);
        this.statedLevels = BuildingTags.statedLevels(tags);
        this.residentialLanduse = tags.is("landuse", "residential");
        this.facilities = facilities;
        this.name = name(tags);
        this.capacity = capacity(tags);
    }

    /** The feature of an element, or null when it is neither a building, nor residential land, nor a facility. */
    static @Nullable Feature of(int type, long id, Tags tags) {
        List<FacilityTagTable.Match> facilities = FacilityTagTable.match(tags);
        boolean kept = !facilities.isEmpty()
                || (type != OsmRef.NODE
                        && (BuildingTags.kind(tags) != BuildingTags.NONE || tags.is("landuse", "residential")));
        return kept ? new Feature(OsmRef.of(type, id), tags, facilities) : null;
    }

    int type() {
        return OsmRef.type(ref);
    }

    boolean isBuilding() {
        return buildingKind != BuildingTags.NONE;
    }

    private static String name(Tags tags) {
        for (String key : new String[] {"name", "name:zh", "name:en"}) {
            String value = tags.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    /** A plain positive {@code capacity}, else 1 (the supply of a facility of unknown size). */
    private static double capacity(Tags tags) {
        String text = tags.get("capacity");
        if (text == null || !NUMBER.matcher(text.strip()).matches()) {
            return 1;
        }
        double value = Double.parseDouble(text.strip());
        return value > 0 ? value : 1;
    }
}
