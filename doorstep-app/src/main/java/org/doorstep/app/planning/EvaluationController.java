package org.doorstep.app.planning;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScopes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Evaluation runs for planners: start one, follow its progress (server-sent events), read its per-community results.
 */
@RestController
@RequestMapping("/api/planning")
class EvaluationController {

    /** What to evaluate: a city and a walking profile ({@code general} or {@code elderly}). */
    record EvaluationRequest(long cityId, String profile) {}

    private final EvaluationService evaluations;
    private final EvaluationProgressStreams streams;
    private final AccessScopes scopes;

    EvaluationController(EvaluationService evaluations, EvaluationProgressStreams streams, AccessScopes scopes) {
        this.evaluations = evaluations;
        this.streams = streams;
        this.scopes = scopes;
    }

    @PostMapping("/evaluations")
    ResponseEntity<EvaluationRun> requestEvaluation(@RequestBody EvaluationRequest request) {
        long id = evaluations.requestEvaluation(scopes.current(), request.cityId(), request.profile());
        return ResponseEntity.accepted()
                .location(URI.create("/api/planning/evaluations/" + id))
                .body(evaluations.getRun(scopes.current(), id));
    }

    @GetMapping("/evaluations/{id}")
    EvaluationRun getRun(@PathVariable long id) {
        return evaluations.getRun(scopes.current(), id);
    }

    @GetMapping("/cities/{cityId}/evaluations")
    List<EvaluationRun> listRuns(@PathVariable long cityId) {
        return evaluations.listRuns(scopes.current(), cityId);
    }

    /** With {@code blindSpots=true}, each row also counts its blind spots (a scan of the run's buildings). */
    @GetMapping("/evaluations/{id}/communities")
    List<CommunityAccessRow> listCommunityCoverage(
            @PathVariable long id,
            @RequestParam String category,
            @RequestParam(defaultValue = "15") int minutes,
            @RequestParam(defaultValue = "false") boolean blindSpots) {
        return evaluations.listCommunityCoverage(scopes.current(), id, category, minutes, blindSpots);
    }

    /** Progress of a run as server-sent events named {@code progress}; the stream ends when the run does. */
    @GetMapping(path = "/evaluations/{id}/progress", produces = "text/event-stream")
    SseEmitter followProgress(@PathVariable long id) throws IOException {
        EvaluationRun run = evaluations.getRun(scopes.current(), id);
        return streams.follow(run, runId -> evaluations.getRun(scopes.current(), runId));
    }

    /** For clients that only poll: the run's state in a few fields. */
    @GetMapping("/evaluations/{id}/status")
    Map<String, Object> status(@PathVariable long id) {
        EvaluationRun run = evaluations.getRun(scopes.current(), id);
        return Map.of("id", run.id(), "status", run.status(), "phase", String.valueOf(run.phase()));
    }
}
