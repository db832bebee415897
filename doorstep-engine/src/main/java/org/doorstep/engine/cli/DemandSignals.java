package org.doorstep.engine.cli;

import java.nio.file.Path;
import java.util.List;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.graph.GeoDistance;

/**
 * Extra demand observed at places: waitlists, refused bookings, residents' requests. Read from CSV with the header
 * {@code lon,lat,weight[,kind]} ({@code weight > 0}, in the same unit as the target group: people). Each signal is
 * placed on the nearest residential building within {@value #MAX_PLACE_M} m (ties to the lower building id); one
 * farther from every building stays unplaced and is reported, never guessed. Immutable.
 */
final class DemandSignals {

    static final double MAX_PLACE_M = 100;

    private final int[] lonE7;
    private final int[] latE7;
    private final double[] weight;
    private final String[] kind;

    private DemandSignals(int[] lonE7, int[] latE7, double[] weight, String[] kind) {
        this.lonE7 = lonE7;
        this.latE7 = latE7;
        this.weight = weight;
        this.kind = kind;
    }

    /** No signals at all. */
    static DemandSignals none() {
        return new DemandSignals(new int[0], new int[0], new double[0], new String[0]);
    }

    /** Reads a signals file; any bad row fails the file, naming the line and column. */
    static DemandSignals read(Path file) throws InputFileException {
        CsvTable table = CsvTable.read(file, List.of("lon", "lat", "weight"));
        int n = table.rowCount();
        DemandSignals signals = new DemandSignals(new int[n], new int[n], new double[n], new String[n]);
        for (int row = 0; row < n; row++) {
            double lon = table.number(row, "lon", false);
            double lat = table.number(row, "lat", false);
            double w = table.number(row, "weight", false);
            if (!CandidateSites.validLon(lon)) {
                throw table.error(row, "lon", "must lie in -180..180, got " + lon);
            }
            if (!CandidateSites.validLat(lat)) {
                throw table.error(row, "lat", "must lie in -90..90, got " + lat);
            }
            if (!(w > 0)) {
                throw table.error(row, "weight", "must be > 0, got " + table.text(row, "weight"));
            }
            signals.lonE7[row] = GeoDistance.toFixed(lon);
            signals.latE7[row] = GeoDistance.toFixed(lat);
            signals.weight[row] = w;
            signals.kind[row] = table.text(row, "kind");
        }
        return signals;
    }

    int size() {
        return weight.length;
    }

    double weight(int signal) {
        return weight[signal];
    }

    /** The kind given in the file ({@code waitlist}, {@code request}...), or the empty string. */
    String kind(int signal) {
        return kind[signal];
    }

    int lonE7(int signal) {
        return lonE7[signal];
    }

    int latE7(int signal) {
        return latE7[signal];
    }

    /**
     * The building each signal is placed on, -1 where none lies within {@value #MAX_PLACE_M} m. A plain scan over the
     * buildings: signals are few (hundreds), and a scan has no index to get wrong.
     */
    int[] place(Buildings buildings) {
        int[] placedOn = new int[size()];
        long limit_mm = Math.round(MAX_PLACE_M * 1000);
        for (int s = 0; s < placedOn.length; s++) {
            long best_mm = Long.MAX_VALUE;
            placedOn[s] = -1;
            for (int b = 0; b < buildings.size(); b++) {
                long d = GeoDistance.distance_mm(lonE7[s], latE7[s], buildings.lonE7(b), buildings.latE7(b));
                if (d <= limit_mm && d < best_mm) {
                    best_mm = d;
                    placedOn[s] = b;
                }
            }
        }
        return placedOn;
    }

    /** The extra demand per building: the weights of the signals placed on it. */
    static double[] extraDemand(DemandSignals signals, int[] placedOn, int buildingCount) {
        double[] extra = new double[buildingCount];
        for (int s = 0; s < placedOn.length; s++) {
            if (placedOn[s] >= 0) {
                extra[placedOn[s]] += signals.weight(s);
            }
        }
        return extra;
    }
}
