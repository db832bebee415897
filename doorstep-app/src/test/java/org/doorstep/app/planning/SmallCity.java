package org.doorstep.app.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.generate.CityGenerator;
import org.doorstep.engine.generate.CitySpec;
import org.doorstep.engine.generate.GeneratedCity;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small generated city written the way the demo writes its city (places, walking network, facilities, residents),
 * for tests of other modules that need a whole city: about 2,000 graph nodes, a few communities.
 */
public final class SmallCity {

    /** What was written: the city, its first community, the operator's facilities, the first community's homes. */
    public record Seeded(long cityId, long firstCommunityId, List<Long> operatedFacilityIds, List<Long> households) {}

    /** A city with one finished evaluation run (general profile). */
    public record Evaluated(Seeded city, long runId) {}

    // One city per application context: test classes that share a cached context share its city.
    private static final Map<ApplicationContext, Seeded> SEEDED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<ApplicationContext, Evaluated> EVALUATED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SmallCity() {}

    /**
     * The context's city, written on first use, and again where it is gone: on PostgreSQL a later test context
     * empties the shared database under the cached contexts (TestDatabaseCleaner).
     */
    public static synchronized Seeded seed(ApplicationContext context, LocalDate today) {
        Seeded known = SEEDED.get(context);
        if (known == null
                || context.getBean(NetworkStore.class)
                        .findVersion(known.cityId())
                        .isEmpty()) {
            EVALUATED.remove(context);
            known = write(context, today);
            SEEDED.put(context, known);
        }
        return known;
    }

    /** The context's city with a finished evaluation, run (and waited for, up to two minutes) on first use. */
    public static synchronized Evaluated evaluated(ApplicationContext context, LocalDate today) {
        Seeded city = seed(context, today);
        Evaluated known = EVALUATED.get(context);
        if (known == null || !known.city().equals(city)) {
            known = new Evaluated(city, evaluate(context, city.cityId()));
            EVALUATED.put(context, known);
        }
        return known;
    }

    private static long evaluate(ApplicationContext context, long cityId) {
        EvaluationService evaluations = context.getBean(EvaluationService.class);
        AccessScope admin = AccessScope.of(0, "test-admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
        long runId = evaluations.requestEvaluation(admin, cityId, "general");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            EvaluationStatus status = evaluations.getRun(admin, runId).status();
            if (status == EvaluationStatus.DONE) {
                return runId;
            }
            if (status == EvaluationStatus.FAILED) {
                throw new IllegalStateException(
                        "evaluation failed: " + evaluations.getRun(admin, runId).error());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("evaluation " + runId + " did not finish in two minutes");
    }

    private static Seeded write(ApplicationContext context, LocalDate today) {
        GeneratedCity generated = CityGenerator.generate(CitySpec.ofNodes(3L, 2_000));
        return context.getBean(TransactionTemplate.class).execute(status -> {
            DemoPlaces.Written places = DemoPlaces.write(context.getBean(Places.class), generated, "3299", "小城");
            context.getBean(NetworkStore.class)
                    .save(
                            places.cityId(),
                            generated.city().graph(),
                            generated.city().source());
            DemoFacilities.Written facilities =
                    DemoFacilities.write(context.getBean(FacilityService.class), generated, places);
            List<Long> households =
                    DemoResidents.write(context.getBean(RegistryService.class), generated, places, today);
            return new Seeded(places.cityId(), places.communityIds()[0], facilities.operatedIds(), households);
        });
    }
}
