package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checked steps of a GeoJSON place import, one per feature, in file order; faults go to the caller's list with the
 * feature's index and the property. The steps are only used when there is no fault at all. Not thread-safe; one per
 * import.
 */
final class FeaturePlan {

    private static final String LEVELS = "city, district, street, community";

    /** What one feature will do. */
    sealed interface Step permits Create, SetBoundary, Keep {
        int feature();

        /** The place the feature names, null for one it creates. */
        @Nullable
        Place existing();
    }

    /** Creates a place; the parent is {@code place.parentId()} when known already, else the place {@code newParentCode} made earlier. */
    record Create(int feature, NewPlace place, @Nullable String newParentCode) implements Step {
        @Override
        public @Nullable Place existing() {
            return null;
        }
    }

    record SetBoundary(int feature, Place existing, String boundaryGeoJson, double centreLon, double centreLat)
            implements Step {}

    /** A known place without a geometry in the file: nothing to do (an export read back in). */
    record Keep(int feature, Place existing) implements Step {}

    private final Places places;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, PlaceLevel> newLevels = new HashMap<>();
    private final Set<String> codes = new HashSet<>();

    FeaturePlan(Places places) {
        this.places = places;
    }

    List<Step> steps() {
        return steps;
    }

    void add(int index, JsonNode feature, List<FeatureProblem> problems) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            problems.add(new FeatureProblem(index, "type", "not a GeoJSON Feature"));
            return;
        }
        JsonNode properties = feature.path("properties");
        String code = code(properties.get("code"));
        if (code == null) {
            problems.add(new FeatureProblem(index, "code", "missing or not a division code (digits only)"));
            return;
        }
        if (!codes.add(code)) {
            problems.add(new FeatureProblem(index, "code", "code " + code + " is in an earlier feature too"));
            return;
        }
        GeoJsonGeometry.Boundary boundary = boundary(index, feature.get("geometry"), problems);
        Optional<Place> existing = places.findByCode(code);
        if (existing.isPresent()) {
            addExisting(index, existing.get(), properties, boundary, problems);
        } else {
            addNew(index, code, properties, boundary, problems);
        }
    }

    private void addExisting(
            int index,
            Place place,
            JsonNode properties,
            GeoJsonGeometry.@Nullable Boundary boundary,
            List<FeatureProblem> problems) {
        PlaceLevel level = level(index, properties, false, problems);
        if (level != null && level != place.level()) {
            problems.add(new FeatureProblem(
                    index,
                    "level",
                    "place " + place.code() + " is a " + lower(place.level()) + ", not a " + lower(level)));
        }
        if (boundary == null) {
            steps.add(new Keep(index, place));
        } else {
            steps.add(new SetBoundary(index, place, boundary.geoJson(), boundary.centreLon(), boundary.centreLat()));
        }
    }

    private void addNew(
            int index,
            String code,
            JsonNode properties,
            GeoJsonGeometry.@Nullable Boundary boundary,
            List<FeatureProblem> problems) {
        PlaceLevel level = level(index, properties, true, problems);
        String name = properties.path("name").asText("").trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FeatureProblem(index, "name", "a new place needs a name of 1 to 200 characters"));
        }
        if (level == null) {
            return;
        }
        if (code.length() != codeLength(level)) {
            problems.add(new FeatureProblem(
                    index,
                    "code",
                    "a " + lower(level) + " code has " + codeLength(level) + " digits, got " + code.length() + " ("
                            + code + ")"));
        }
        String parentCode = code(properties.get("parent_code"));
        Long parentId = level == PlaceLevel.CITY ? null : parent(index, code, level, parentCode, problems);
        newLevels.put(code, level);
        steps.add(new Create(
                index,
                new NewPlace(
                        level,
                        code,
                        name,
                        parentId,
                        boundary == null ? null : boundary.geoJson(),
                        boundary == null ? null : boundary.centreLon(),
                        boundary == null ? null : boundary.centreLat()),
                parentId == null ? parentCode : null));
    }

    /** The parent's id when it exists already, null when it comes earlier in the file; faults otherwise. */
    private @Nullable Long parent(
            int index, String code, PlaceLevel level, @Nullable String parentCode, List<FeatureProblem> problems) {
        if (parentCode == null) {
            problems.add(new FeatureProblem(index, "parent_code", "a new " + lower(level) + " needs parent_code"));
            return null;
        }
        PlaceLevel parentLevel = newLevels.get(parentCode);
        Long parentId = null;
        if (parentLevel == null) {
            Optional<Place> parent = places.findByCode(parentCode);
            if (parent.isEmpty()) {
                problems.add(new FeatureProblem(
                        index,
                        "parent_code",
                        "no place has code " + parentCode + " (neither known nor in an earlier feature)"));
                return null;
            }
            parentLevel = parent.get().level();
            parentId = parent.get().id();
        }
        if (parentLevel.child() != level) {
            problems.add(new FeatureProblem(
                    index,
                    "parent_code",
                    "a " + lower(level) + " cannot lie directly below" + " a " + lower(parentLevel) + " (" + parentCode
                            + ")"));
        } else if (!code.startsWith(parentCode)) {
            problems.add(new FeatureProblem(
                    index, "code", "code " + code + " does not start with its parent's code " + parentCode));
        }
        return parentId;
    }

    private static GeoJsonGeometry.@Nullable Boundary boundary(
            int index, @Nullable JsonNode geometry, List<FeatureProblem> problems) {
        if (geometry == null || geometry.isNull()) {
            return null;
        }
        List<String> faults = new ArrayList<>();
        GeoJsonGeometry.Boundary boundary = GeoJsonGeometry.read(geometry, faults);
        faults.forEach(fault -> problems.add(new FeatureProblem(index, "geometry", fault)));
        return boundary;
    }

    private static @Nullable PlaceLevel level(
            int index, JsonNode properties, boolean required, List<FeatureProblem> problems) {
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
    private static @Nullable String code(@Nullable JsonNode value) {
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

    private static String lower(PlaceLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
