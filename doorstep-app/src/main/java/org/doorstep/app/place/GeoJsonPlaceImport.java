package org.doorstep.app.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a GeoJSON FeatureCollection of places: a feature whose {@code code} is already known sets that place's
 * boundary; any other creates a place from its {@code code}, {@code name}, {@code level} and {@code parent_code} (the
 * parent known already or created earlier in the same file). Every feature is checked before anything is written, and
 * one fault refuses the whole document.
 *
 * <p>An administrator may do all of it; a planner may only set the boundaries of places inside its scope.
 */
@Service
class GeoJsonPlaceImport {

    /** What an accepted import did. */
    record Result(int features, int created, int boundariesSet, int unchanged) {}

    private final Places places;
    private final PlaceQueries queries;
    private final ObjectMapper json;

    GeoJsonPlaceImport(Places places, PlaceQueries queries, ObjectMapper json) {
        this.places = places;
        this.queries = queries;
        this.json = json;
    }

    @Transactional
    public Result importDocument(byte[] content, AccessScope scope) {
        scope.requireRole(Role.ADMIN, Role.PLANNER);
        JsonNode features = features(content);
        List<FeatureProblem> problems = new ArrayList<>();
        FeaturePlan plan = new FeaturePlan(places);
        for (int i = 0; i < features.size(); i++) {
            plan.add(i, features.get(i), problems);
        }
        if (!problems.isEmpty()) {
            throw new FeatureImportRejectedException(problems);
        }
        authorise(plan.steps(), scope);
        return apply(plan.steps(), features.size());
    }

    private JsonNode features(byte[] content) {
        JsonNode document;
        try {
            document = json.readTree(content);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw rejected(null, "not JSON: " + reason);
        }
        if (document == null
                || !"FeatureCollection".equals(document.path("type").asText())) {
            throw rejected("type", "expected a GeoJSON FeatureCollection");
        }
        JsonNode features = document.path("features");
        if (!features.isArray()) {
            throw rejected("features", "expected an array of features");
        }
        return features;
    }

    private static FeatureImportRejectedException rejected(String property, String message) {
        return new FeatureImportRejectedException(List.of(new FeatureProblem(null, property, message)));
    }

    private static void authorise(List<FeaturePlan.Step> steps, AccessScope scope) {
        if (scope.isAdmin()) {
            return;
        }
        for (FeaturePlan.Step step : steps) {
            if (step instanceof FeaturePlan.Create create) {
                throw new ScopeDeniedException(
                        "feature " + create.feature() + ": only an administrator may create places (code "
                                + create.place().code() + " is new)");
            }
            Place place = step.existing();
            if (place != null && !place.liesWithin(scope.placeIds())) {
                throw new ScopeDeniedException("feature " + step.feature() + ": place " + place.code()
                        + " lies outside the places granted to you");
            }
        }
    }

    private Result apply(List<FeaturePlan.Step> steps, int features) {
        Map<String, Long> createdIds = new HashMap<>();
        int created = 0;
        int boundaries = 0;
        for (FeaturePlan.Step step : steps) {
            if (step instanceof FeaturePlan.Create create) {
                NewPlace place = create.place();
                Long parentId = place.parentId() != null ? place.parentId() : createdIds.get(create.newParentCode());
                long id = places.addPlace(new NewPlace(
                        place.level(),
                        place.code(),
                        place.name(),
                        parentId,
                        place.boundaryGeoJson(),
                        place.centreLon(),
                        place.centreLat()));
                createdIds.put(place.code(), id);
                created++;
            } else if (step instanceof FeaturePlan.SetBoundary set) {
                queries.setBoundary(set.existing().id(), set.boundaryGeoJson(), set.centreLon(), set.centreLat());
                boundaries++;
            }
        }
        return new Result(features, created, boundaries, features - created - boundaries);
    }
}
