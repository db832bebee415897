package org.doorstep.app.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Building;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.planning.Bbox;
import org.doorstep.app.planning.BuildingAccessPage;
import org.doorstep.app.planning.BuildingAccessRow;
import org.doorstep.app.planning.EvaluationRun;
import org.doorstep.app.planning.EvaluationService;
import org.doorstep.app.planning.EvaluationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Buildings with their walking time to a category's nearest facility ({@code category}, default elderly care) from
 * an evaluation run ({@code run}, default the city's newest finished one); with a threshold, only the blind spots.
 * Planners and administrators only (the evaluation service checks); residents per building suppressed under 5.
 */
class BuildingFeatures implements FeatureSource {

    private static final String DEFAULT_CATEGORY = "elderly_care";

    private final String id;
    private final boolean blindSpots;
    private final EvaluationService evaluations;
    private final CitySelection cities;
    private final Places places;

    BuildingFeatures(
            String id, boolean blindSpots, EvaluationService evaluations, CitySelection cities, Places places) {
        this.places = places;
        this.id = id;
        this.blindSpots = blindSpots;
        this.evaluations = evaluations;
        this.cities = cities;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return blindSpots ? "Blind spots" : "Buildings with walking times";
    }

    @Override
    public String description() {
        return blindSpots
                ? "Buildings beyond the walking threshold (minutes, default 15) of a category's nearest facility"
                : "Buildings with the walking time to the nearest facility of a category (category, run parameters)";
    }

    @Override
    public FeaturePage items(AccessScope scope, FeatureQuery query) {
        // Refused outright, not answered with an empty page: an empty page would read as "no blind spots".
        scope.requireRole(Role.PLANNER, Role.ADMIN);
        Optional<Long> run = run(scope, query);
        if (run.isEmpty()) {
            return new FeaturePage(0, List.of());
        }
        BuildingAccessPage page = evaluations.listBuildingAccess(
                scope, run.get(), category(query), query.bbox(), beyond(query), query.limit(), query.offset());
        List<Map<String, Object>> features = new ArrayList<>();
        for (BuildingAccessRow row : page.rows()) {
            features.add(feature(row, run.get()));
        }
        return new FeaturePage(page.numberMatched(), features);
    }

    @Override
    public Optional<Map<String, Object>> item(AccessScope scope, String featureId, FeatureQuery query) {
        long buildingId;
        try {
            buildingId = Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<Building> building = places.findBuilding(buildingId);
        if (building.isEmpty()) {
            return Optional.empty();
        }
        Bbox at = new Bbox(
                building.get().lon(),
                building.get().lat(),
                building.get().lon(),
                building.get().lat());
        FeatureQuery one = new FeatureQuery(at, Integer.MAX_VALUE, 0, query.parameters());
        return items(scope, one).features().stream()
                .filter(f -> f.get("id").equals(buildingId))
                .findFirst();
    }

    private Map<String, Object> feature(BuildingAccessRow row, long runId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("runId", runId);
        p.put("communityId", row.communityId());
        p.put("walkTime_s", row.walkTime_s());
        p.put("residents", row.residents());
        p.put("suppressed", row.suppressed());
        return FeatureSource.feature(row.buildingId(), FeatureSource.point(row.lon(), row.lat()), p);
    }

    private Optional<Long> run(AccessScope scope, FeatureQuery query) {
        String run = query.parameter("run");
        if (run != null) {
            return Optional.of(number("run", run));
        }
        for (Place city : cities.cities(scope, query)) {
            if (!scope.isAdmin() && !scope.placeIds().contains(city.id())) {
                continue;
            }
            Optional<Long> done = evaluations.listRuns(scope, city.id()).stream()
                    .filter(r -> r.status() == EvaluationStatus.DONE)
                    .map(EvaluationRun::id)
                    .findFirst();
            if (done.isPresent()) {
                return done;
            }
        }
        return Optional.empty();
    }

    private static String category(FeatureQuery query) {
        String category = query.parameter("category");
        return category == null ? DEFAULT_CATEGORY : category;
    }

    private @Nullable Integer beyond(FeatureQuery query) {
        if (!blindSpots) {
            return null;
        }
        String minutes = query.parameter("minutes");
        return minutes == null ? 15 : (int) number("minutes", minutes);
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, name + " must be a whole number, got '" + value + "'");
        }
    }
}
