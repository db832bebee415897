package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
        String code = FeatureProperties.code(properties.get("code"));
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
        PlaceLevel level = FeatureProperties.level(index, properties, false, problems);
        if (level != null && level != place.level()) {
            problems.add(new FeatureProblem(
                    index,
                    "level",
                    "place " + place.code() + " is a " + FeatureProperties.lower(place.level()) + ", not a "
                            + FeatureProperties.lower(level)));
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
        PlaceLevel level = FeatureProperties.level(index, properties, true, problems);
        String name = properties.path("name").asText("").trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FeatureProblem(index, "name", "a new place needs a name of 1 to 200 characters"));
        }
        if (level == null) {
            return;
        }
        if (code.length() != FeatureProperties.codeLength(level)) {
            problems.add(new FeatureProblem(
                    index,
                    "code",
                    "a " + FeatureProperties.lower(level) + " code has " + FeatureProperties.codeLength(level)
                            + " digits, got " + code.length() + " (" + code + ")"));
        }
        String parentCode = FeatureProperties.code(properties.get("parent_code"));
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
            problems.add(new FeatureProblem(
                    index, "parent_code", "a new " + FeatureProperties.lower(level) + " needs parent_code"));
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
                    "a " + FeatureProperties.lower(level) + " cannot lie directly below" + " a "
                            + FeatureProperties.lower(parentLevel) + " (" + parentCode + ")"));
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
}
