package org.doorstep.app.planning;

import java.util.List;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.access.AccessOptions;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.WalkProfile;
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

    EvaluationService(
            Places places,
            EvaluationStore store,
            CityInputs inputs,
            @Qualifier(EvaluationExecutorConfiguration.NAME) TaskExecutor executor,
            ApplicationEventPublisher events) {
        this.places = places;
        this.store = store;
        this.inputs = inputs;
        this.executor = executor;
        this.events = events;
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
     * A finished run's coverage of one category within one threshold, per community; counts under
     * {@value #SUPPRESS_BELOW} suppressed, as everything planners see.
     */
    public List<CommunityCoverageRow> listCommunityCoverage(
            AccessScope scope, long runId, String category, int minutes) {
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
        return store.listCommunityCoverage(runId, category, minutes, SUPPRESS_BELOW);
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

    private void requireCity(AccessScope scope, long cityId) {
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
