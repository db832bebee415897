package org.doorstep.app.ogc;

import java.util.List;
import java.util.Map;

/** Features of one page as GeoJSON-ready maps, with the number matching the query in all. */
record FeaturePage(long numberMatched, List<Map<String, Object>> features) {

    /** A page cut from a list already filtered in memory. */
    static FeaturePage slice(List<Map<String, Object>> all, FeatureQuery query) {
        int from = (int) Math.min(all.size(), query.offset());
        int to = (int) Math.min(all.size(), from + (long) query.limit());
        return new FeaturePage(all.size(), all.subList(from, to));
    }
}
