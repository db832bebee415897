package org.doorstep.engine.osm;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the tags say about a building: whether it is one, whether it is residential, and its levels.
 *
 * <table>
 * <caption>Building kinds</caption>
 * <tr><th>tags</th><th>kind</th></tr>
 * <tr><td>no {@code building}, or {@code building=no}</td><td>{@link #NONE}</td></tr>
 * <tr><td>{@code building=residential|apartments|house|detached|semidetached_house|terrace|dormitory|bungalow|farm|
 *     cabin|static_caravan}</td><td>{@link #RESIDENTIAL}</td></tr>
 * <tr><td>{@code building=yes|true|building} (says nothing of use)</td><td>{@link #UNSPECIFIC}: residential when its
 *     centroid lies in a {@code landuse=residential} area</td></tr>
 * <tr><td>any other {@code building} value ({@code school}, {@code office}, {@code commercial}...)</td>
 *     <td>{@link #OTHER}: counted, never residential</td></tr>
 * </table>
 *
 * <p>Levels come from {@code building:levels}: {@code "6"} is 6, {@code "6.5"} rounds to 7, {@code "5;6"} (several
 * values) takes the largest, and anything else (missing, garbage, below 1) is the caller's default, flagged as
 * assumed. Stateless and thread-safe.
 */
final class BuildingTags {

    static final byte NONE = 0;
    static final byte RESIDENTIAL = 1;
    static final byte UNSPECIFIC = 2;
    static final byte OTHER = 3;

    /** Returned by {@link #statedLevels} when no usable number of levels is stated. */
    static final int NO_LEVELS = 0;

    private static final Set<String> RESIDENTIAL_VALUES = Set.of(
            "residential",
            "apartments",
            "house",
            "detached",
            "semidetached_house",
            "terrace",
            "dormitory",
            "bungalow",
            "farm",
            "cabin",
            "static_caravan");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4})?");
    private static final Set<String> UNSPECIFIC_VALUES = Set.of("yes", "true", "building");

    private BuildingTags() {}

    /** {@link #NONE}, {@link #RESIDENTIAL}, {@link #UNSPECIFIC} or {@link #OTHER}. */
    static byte kind(Tags tags) {
        String building = tags.get("building");
        if (building == null || building.equals("no")) {
            return NONE;
        }
        if (RESIDENTIAL_VALUES.contains(building)) {
            return RESIDENTIAL;
        }
        return UNSPECIFIC_VALUES.contains(building) ? UNSPECIFIC : OTHER;
    }

    /** The levels stated by {@code building:levels}, at least 1, or {@link #NO_LEVELS}. */
    static int statedLevels(Tags tags) {
        String text = tags.get("building:levels");
        return text == null ? NO_LEVELS : parseLevels(text);
    }

    /** Parses a {@code building:levels} value as described on the class; {@link #NO_LEVELS} when unusable. */
    static int parseLevels(String text) {
        int best = NO_LEVELS;
        for (String part : text.split(";", -1)) {
            String number = part.trim();
            // A plain decimal only: Double.parseDouble would also take "6f", "1e3" or "NaN".
            if (DECIMAL.matcher(number).matches()) {
                double value = Double.parseDouble(number);
                // The tallest building has 163 levels; more is a typo (a height in cm, a date).
                if (value >= 0.5 && value <= 200) {
                    best = Math.max(best, (int) Math.round(value));
                }
            }
        }
        return best;
    }
}
