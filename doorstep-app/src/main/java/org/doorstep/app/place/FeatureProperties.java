package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reading the place properties of an imported GeoJSON feature: division codes and levels. Stateless. */
final class FeatureProperties {

    private static final String LEVELS = "city, district, street, community";

    private FeatureProperties() {}

    static @Nullable PlaceLevel level(int index, JsonNode properties, boolean required, List<FeatureProblem> problems) {
        String text = properties.path("level").asText("").trim();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FeatureProblem(index, "level", "a new place needs a level: " + LEVELS));
            }
            return null;
        }
        try {
            return PlaceLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FeatureProblem(index, "level", "'" + text + "' is not one of " + LEVELS));
            return null;
        }
    }

    /** A code given as a string or a whole number, digits only; null otherwise. */
    static @Nullable String code(@Nullable JsonNode value) {
        if (value == null || !(value.isTextual() || value.canConvertToExactIntegral())) {
            return null;
        }
        String code = value.isTextual()
                ? value.asText().trim()
                : value.bigIntegerValue().toString();
        return code.matches("[0-9]{1,12}") ? code : null;
    }

    /** Digits of a national division code at each level: 4 city, 6 district, 9 street, 12 community. */
    static int codeLength(PlaceLevel level) {
        return switch (level) {
            case CITY -> 4;
            case DISTRICT -> 6;
            case STREET -> 9;
            case COMMUNITY -> 12;
        };
    }

    static String lower(PlaceLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
