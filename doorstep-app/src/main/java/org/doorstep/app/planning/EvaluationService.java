package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.BuildingPopulation;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.WalkProfile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evaluation runs of a city for planners: queued on request, run in the background with their phase recorded and
 * published ({@link EvaluationProgressed}), results stored whole or not at all.
 */
@Service
public class EvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);
    /** Counts below this are never shown to planners (design: aggregates, small counts suppressed). */
    static final int SUPPRESS_BELOW = 5;

    private static final Set<String> PROFILES = Set.of("general", "elderly");

    private final Places places;
    private final EvaluationStore store;
    private final CityInputs inputs;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;
    private final BuildingAccessQueries buildingAccess;
    private final RegistryService registry;

    EvaluationService(
            Places places,
            EvaluationStore store,
            CityInputs inputs,
            @Qualifier(EvaluationExecutorConfiguration.NAME) TaskExecutor executor,
            ApplicationEventPublisher events,
            BuildingAccessQueries buildingAccess,
            RegistryService registry) {
        this.places = places;
        this.store = store;
        this.inputs = inputs;
        this.executor = executor;
        this.events = events;
        this.buildingAccess = buildingAccess;
        this.registry = registry;
    }

    /** Queues an evaluation of a city the planner's scope covers; returns the run's id. */
    public long requestEvaluation(AccessScope scope, long cityId, String profile) {
        requireCity(scope, cityId);
        if (!PROFILES.contains(profile)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "profile must be general or elderly, got '" + profile + "'");
        }
        AccessOptions options = AccessOptions.defaults();
        long runId = store.createRun(cityId, profile, scope.username(), thresholds(options));
        executor.execute(() -> run(runId, cityId, WalkProfile.named(profile), options));
        return runId;
    }

    public EvaluationRun getRun(AccessScope scope, long runId) {
        EvaluationRun run = store.findRun(runId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation run " + runId));
        requireCity(scope, run.cityId());
        return run;
    }

    public List<EvaluationRun> listRuns(AccessScope scope, long cityId) {
        requireCity(scope, cityId);
        return store.listRuns(cityId);
    }

    /**
     * A finished run's coverage of one category within one threshold, per community, and where asked for its blind
     * spots (the dashboards, which read every category, do without them); counts under {@value #SUPPRESS_BELOW}
     * suppressed, as everything planners see.
     */
    public List<CommunityAccessRow> listCommunityCoverage(
            AccessScope scope, long runId, String category, int minutes, boolean blindSpots) {
        EvaluationRun run = getRun(scope, runId);
        try {
            ServiceCategory.ofCode(category);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
        if (!List.of(run.thresholdsMin().split(",")).contains(String.valueOf(minutes))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "run " + runId + " has thresholds " + run.thresholdsMin() + " minutes, not " + minutes);
        }
        List<CommunityCoverageRow> coverage = store.listCommunityCoverage(runId, category, minutes, SUPPRESS_BELOW);
        if (!blindSpots) {
            return coverage.stream()
                    .map(row -> new CommunityAccessRow(row, null, null))
                    .toList();
        }
        return withBlindSpots(coverage, runId, category, minutes);
    }

    /** The rows with their communities' blind spots; a suppressed row's residents stay hidden with its other counts. */
    private List<CommunityAccessRow> withBlindSpots(
            List<CommunityCoverageRow> coverage, long runId, String category, int minutes) {
        Map<Long, BuildingAccessQueries.CommunityBlindSpots> blindSpots = new HashMap<>();
        for (BuildingAccessQueries.CommunityBlindSpots b :
                buildingAccess.countBlindSpotsByCommunity(runId, category, minutes * 60, SUPPRESS_BELOW)) {
            blindSpots.put(b.communityId(), b);
        }
        List<CommunityAccessRow> rows = new ArrayList<>(coverage.size());
        for (CommunityCoverageRow row : coverage) {
            BuildingAccessQueries.CommunityBlindSpots b = blindSpots.getOrDefault(
                    row.communityId(), new BuildingAccessQueries.CommunityBlindSpots(row.communityId(), 0, 0));
            rows.add(new CommunityAccessRow(row, b.buildings(), row.suppressed() ? null : b.residents()));
        }
        return rows;
    }

    /**
     * A finished run's buildings inside a box with their walking time to a category's nearest facility, by building
     * id; with {@code beyondMinutes} set, only the blind spots (beyond it or unreachable). Residents per building come
     * from the registry, suppressed under {@value #SUPPRESS_BELOW}.
     */
    public BuildingAccessPage listBuildingAccess(
            AccessScope scope,
            long runId,
            String category,
            Bbox bbox,
            @Nullable Integer beyondMinutes,
            int limit,
            long offset) {
        getRun(scope, runId);
        int beyond_s = beyondMinutes == null ? -1 : beyondMinutes * 60;
        List<BuildingAccessQueries.Located> located =
                buildingAccess.listInside(runId, category, bbox, beyond_s, limit, offset);
        Set<Long> communities = new TreeSet<>();
        located.forEach(b -> communities.add(b.communityId()));
        Map<Long, BuildingPopulation> population = registry.populationByBuilding(communities);
        List<BuildingAccessRow> rows = new ArrayList<>(located.size());
        for (BuildingAccessQueries.Located b : located) {
            BuildingPopulation p = population.get(b.buildingId());
            long residents =
                    p == null ? 0 : LongStream.of(p.residentsByAgeBand()).sum();
            boolean suppressed = residents < SUPPRESS_BELOW;
            rows.add(new BuildingAccessRow(
                    b.buildingId(),
                    b.communityId(),
                    b.lon(),
                    b.lat(),
                    b.walkTime_s(),
                    suppressed ? null : residents,
                    suppressed));
        }
        return new BuildingAccessPage(buildingAccess.countInside(runId, category, bbox, beyond_s), rows);
    }

    /**
     * The nearest facility of each category from one building, from its city's newest finished general-profile run;
     * empty before any run. No scope: the caller has checked that the building is the user's home (walking times
     * are not personal data, the home's location is).
     */
    public List<HomeAccess> listHomeAccess(long buildingId) {
        return buildingAccess
                .findLatestRunFor(buildingId)
                .map(run -> buildingAccess.listHomeAccess(run, buildingId))
                .orElse(List.of());
    }

    private void run(long runId, long cityId, WalkProfile profile, AccessOptions options) {
        try {
            phase(runId, "loading");
            CityModel model = inputs.load(cityId);
            CityEvaluation.Result result = CityEvaluation.run(model, profile, options, p -> phase(runId, p));
            phase(runId, "saving");
            store.saveResult(
                    runId, model.buildingCount(), model.city().facilities().size(), result);
            events.publishEvent(new EvaluationProgressed(runId, EvaluationStatus.DONE, null, null));
        } catch (RuntimeException e) {
            LOG.warn("evaluation run {} of city {} failed", runId, cityId, e);
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.markFailed(runId, error);
            events.publishEvent(new EvaluationProgressed(runId, EvaluationStatus.FAILED, null, error));
        }
    }

    private void phase(long runId, String phase) {
        store.markPhase(runId, phase);
        events.publishEvent(new EvaluationProgressed(runId, EvaluationStatus.RUNNING, phase, null));
    }

    /** 404 unless the scope is an administrator's or a planner's granted the city. */
    void requireCity(AccessScope scope, long cityId) {
        scope.requireRole(Role.PLANNER, Role.ADMIN);
        Place city = places.findPlace(cityId)
                .filter(p -> p.level() == PlaceLevel.CITY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no city " + cityId));
        if (!scope.isAdmin() && !scope.placeIds().contains(city.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no city " + cityId);
        }
    }

    private static String thresholds(AccessOptions options) {
        StringBuilder out = new StringBuilder();
        for (int minutes : options.thresholds_min()) {
            out.append(out.isEmpty() ? "" : ",").append(minutes);
        }
        return out.toString();
    }
}
