package org.doorstep.app.planning;

import org.doorstep.app.account.AccessScope;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.NetworkOptions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Makes a {@link PlannedCity} for a planner whose scope covers the city. */
@Component
class PlannedCities {

    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final CityInputs inputs;

    PlannedCities(EvaluationService evaluations, EvaluationStore store, CityInputs inputs) {
        this.evaluations = evaluations;
        this.store = store;
        this.inputs = inputs;
    }

    void requireCity(AccessScope scope, long cityId) {
        evaluations.requireCity(scope, cityId);
    }

    /**
     * The city with its newest finished evaluation; 404 outside the scope, 409 before any evaluation finished (the
     * profile and thresholds come from it, and so do the figures the planner compares with).
     */
    PlannedCity load(AccessScope scope, long cityId) {
        evaluations.requireCity(scope, cityId);
        EvaluationRun run = store.listRuns(cityId).stream()
                .filter(r -> r.status() == EvaluationStatus.DONE)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT, "city " + cityId + " has no finished evaluation yet: run one first"));
        CityModel model = inputs.load(cityId);
        CityNetwork network = CityNetwork.build(model.city(), NetworkOptions.DEFAULTS);
        return new PlannedCity(
                run, model, network, PlannedCity.bounds(model.city().graph()));
    }
}
