package org.doorstep.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.graph.GeoDistance;
import org.jspecify.annotations.Nullable;

/**
 * Candidate sites from a GeoJSON FeatureCollection (RFC 7946): one Point feature per site, with the properties {@code
 * id} (string or number), {@code floor_area_m2}, {@code cost}, {@code name}, {@code owner} (all but {@code id} optional).
 * Features are numbered from 0 in messages.
 */
final class CandidateGeoJson {

    private CandidateGeoJson() {}

    static List<Candidate> read(Path file, String text) throws InputFileException {
        Object document;
        try {
            document = JsonReader.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file + " " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> collection)
                || !"FeatureCollection".equals(collection.get("type"))
                || !(collection.get("features") instanceof List<?> features)) {
            throw new InputFileException(file + ": expected a GeoJSON FeatureCollection with a 'features' array");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            candidates.add(feature(file, i, features.get(i)));
        }
        return candidates;
    }

    private static Candidate feature(Path file, int index, @Nullable Object feature) throws InputFileException {
        String where = "feature " + index;
        if (!(feature instanceof Map<?, ?> map) || !"Feature".equals(map.get("type"))) {
            throw new InputFileException(file + " " + where + ": not a GeoJSON Feature");
        }
        Map<?, ?> properties = map.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        double[] lonLat = point(file, where, map.get("geometry"));
        String id = id(properties.get("id"));
        if (id.isEmpty()) {
            throw new InputFileException(file + " " + where + ", property id: missing (a string or a whole number)");
        }
        double area = number(file, where, properties, "floor_area_m2");
        if (area < 0) {
            throw new InputFileException(file + " " + where + ", property floor_area_m2: must be >= 0, got " + area);
        }
        double cost = number(file, where, properties, "cost");
        if (!(cost > 0) && !Double.isNaN(cost)) {
            throw new InputFileException(file + " " + where + ", property cost: must be > 0, got " + cost);
        }
        return new Candidate(
                id,
                GeoDistance.toFixed(lonLat[0]),
                GeoDistance.toFixed(lonLat[1]),
                area,
                cost,
                text(properties, "name"),
                text(properties, "owner"),
                where);
    }

    private static double[] point(Path file, String where, @Nullable Object geometry) throws InputFileException {
        if (!(geometry instanceof Map<?, ?> g)
                || !"Point".equals(g.get("type"))
                || !(g.get("coordinates") instanceof List<?> c)
                || c.size() < 2
                || !(c.get(0) instanceof Double lon)
                || !(c.get(1) instanceof Double lat)) {
            throw new InputFileException(file + " " + where + ", geometry: expected a Point with [lon, lat]");
        }
        if (!CandidateSites.validLon(lon) || !CandidateSites.validLat(lat)) {
            throw new InputFileException(
                    file + " " + where + ", geometry: [" + lon + ", " + lat + "] is not a longitude and latitude");
        }
        return new double[] {lon, lat};
    }

    /** A numeric property, {@code NaN} where absent or null. */
    private static double number(Path file, String where, Map<?, ?> properties, String name) throws InputFileException {
        Object value = properties.get(name);
        if (value == null) {
            return Double.NaN;
        }
        if (!(value instanceof Double number)) {
            throw new InputFileException(
                    file + " " + where + ", property " + name + ": '" + value + "' is not a number");
        }
        return number;
    }

    private static String id(@Nullable Object value) {
        if (value instanceof String text) {
            return text.trim();
        }
        boolean whole = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15;
        return whole ? Long.toString(((Double) value).longValue()) : "";
    }

    private static String text(Map<?, ?> properties, String name) {
        Object value = properties.get(name);
        return value instanceof String s ? s : "";
    }
}
