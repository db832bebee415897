package org.doorstep.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doorstep.engine.graph.GeoDistance;

/**
 * Reads a candidate-site inventory: CSV with the header {@code id,lon,lat,floor_area_m2,cost[,name,owner]} (columns
 * found by name; empty floor area or cost means unknown), or a GeoJSON FeatureCollection of Points with those
 * properties (see {@link CandidateGeoJson}). Any bad row or feature fails the whole file with an error naming the file,
 * the line or feature, and the column: a plan is never made from part of an inventory.
 */
final class CandidateSites {

    static final List<String> REQUIRED_COLUMNS = List.of("id", "lon", "lat", "floor_area_m2");

    private CandidateSites() {}

    /** The candidates in file order; GeoJSON when the name ends in {@code .geojson} or {@code .json}, else CSV. */
    static List<Candidate> read(Path file) throws InputFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Candidate> candidates = name.endsWith(".geojson") || name.endsWith(".json")
                ? CandidateGeoJson.read(file, readText(file))
                : readCsv(file);
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.id())) {
                throw new InputFileException(
                        file + " " + candidate.where() + ", column id: '" + candidate.id() + "' is used twice");
            }
        }
        if (candidates.isEmpty()) {
            throw new InputFileException(file + ": no candidate sites");
        }
        return candidates;
    }

    private static List<Candidate> readCsv(Path file) throws InputFileException {
        CsvTable table = CsvTable.read(file, REQUIRED_COLUMNS);
        List<Candidate> candidates = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String id = table.text(row, "id");
            if (id.isEmpty()) {
                throw table.error(row, "id", "empty");
            }
            double lon = table.number(row, "lon", false);
            double lat = table.number(row, "lat", false);
            if (!validLon(lon)) {
                throw table.error(row, "lon", "must lie in -180..180, got " + lon);
            }
            if (!validLat(lat)) {
                throw table.error(row, "lat", "must lie in -90..90, got " + lat);
            }
            double area = table.number(row, "floor_area_m2", true);
            if (area < 0) {
                throw table.error(row, "floor_area_m2", "must be >= 0, got " + table.text(row, "floor_area_m2"));
            }
            double cost = table.number(row, "cost", true);
            if (!(cost > 0) && !Double.isNaN(cost)) {
                throw table.error(row, "cost", "must be > 0, got " + table.text(row, "cost"));
            }
            candidates.add(new Candidate(
                    id,
                    GeoDistance.toFixed(lon),
                    GeoDistance.toFixed(lat),
                    area,
                    cost,
                    table.text(row, "name"),
                    table.text(row, "owner"),
                    "line " + table.lineNumber(row)));
        }
        return candidates;
    }

    static boolean validLon(double lon) {
        return lon >= -180 && lon <= 180;
    }

    static boolean validLat(double lat) {
        return lat >= -90 && lat <= 90;
    }

    private static String readText(Path file) throws InputFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
