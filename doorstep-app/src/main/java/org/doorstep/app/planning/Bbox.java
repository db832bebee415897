package org.doorstep.app.planning;

/**
 * A bounding box in WGS 84 degrees (west, south, east, north), as map clients and OGC API – Features send it.
 *
 * @param west the smallest longitude
 * @param north the largest latitude
 */
public record Bbox(double west, double south, double east, double north) {

    public Bbox {
        if (!(west <= east) || !(south <= north)) {
            throw new IllegalArgumentException(
                    "bbox must be west,south,east,north with west <= east and south <= north");
        }
    }

    /** Parses {@code west,south,east,north}; throws IllegalArgumentException naming the problem. */
    public static Bbox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox needs 4 numbers west,south,east,north, got '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a number: '" + parts[i] + "'");
            }
        }
        return new Bbox(values[0], values[1], values[2], values[3]);
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /** True when the segment's own box meets this box (cheap, may include a segment that just misses a corner). */
    public boolean meetsSegment(double lon1, double lat1, double lon2, double lat2) {
        return Math.max(lon1, lon2) >= west
                && Math.min(lon1, lon2) <= east
                && Math.max(lat1, lat2) >= south
                && Math.min(lat1, lat2) <= north;
    }
}
