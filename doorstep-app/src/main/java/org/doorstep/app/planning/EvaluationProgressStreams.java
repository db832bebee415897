package org.doorstep.app.planning;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open progress streams of evaluation runs: each {@link EvaluationProgressed} goes to every follower of its run,
 * and a finished run completes its streams. A follower that joins after the end gets the final state at once.
 */
@Component
class EvaluationProgressStreams {

    // Runs are long (seconds to minutes); a follower is dropped after an hour without the run ending.
    private static final long TIMEOUT_MS = 3_600_000;

    private final Map<Long, List<SseEmitter>> followers = new ConcurrentHashMap<>();

    SseEmitter follow(EvaluationRun run, java.util.function.LongFunction<EvaluationRun> current) throws IOException {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        // Registered before the state is read: a run that ends in between still reaches this follower (an event
        // may come twice, which is harmless), where reading first could miss the end and leave the stream open.
        List<SseEmitter> list = followers.computeIfAbsent(run.id(), id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        EvaluationRun now = current.apply(run.id());
        EvaluationProgressed state = new EvaluationProgressed(now.id(), now.status(), now.phase(), now.error());
        emitter.send(SseEmitter.event().name("progress").data(state));
        if (finished(state.status())) {
            list.remove(emitter);
            emitter.complete();
        }
        return emitter;
    }

    @EventListener
    void on(EvaluationProgressed progress) {
        List<SseEmitter> list =
                finished(progress.status()) ? followers.remove(progress.runId()) : followers.get(progress.runId());
        if (list == null) {
            return;
        }
        for (SseEmitter emitter : list) {
            try {
                emitter.send(SseEmitter.event().name("progress").data(progress));
                if (finished(progress.status())) {
                    emitter.complete();
                }
            } catch (IOException | IllegalStateException gone) {
                // The browser went away; nothing to tell it.
                list.remove(emitter);
            }
        }
    }

    private static boolean finished(EvaluationStatus status) {
        return status == EvaluationStatus.DONE || status == EvaluationStatus.FAILED;
    }
}
