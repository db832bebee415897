package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.standards.LifeCircleLevel;
import org.doorstep.engine.standards.RuleKind;
import org.doorstep.engine.standards.StandardRule;
import org.doorstep.engine.standards.StandardsCatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The standards check per community of a finished evaluation (standards.md): for each of the 5-, 10- and 15-minute
 * life circles, the categories its facility rules require, split into those the community reaches within the circle's
 * minutes and those it misses; and the comprehensive service facility floor area per 100 households against the
 * catalog's minimum (30 m²). A community reaches a category when at least {@value #MIN_SHARE} of its residents live
 * within the minutes of one of its facilities, the share the {@code plan} command asks of a facility's households.
 */
@Service
public class LifeCircleStandards {

    static final double MIN_SHARE = 0.5;

    private static final Map<LifeCircleLevel, Integer> CIRCLE_MINUTES =
            Map.of(LifeCircleLevel.FIVE_MIN, 5, LifeCircleLevel.TEN_MIN, 10, LifeCircleLevel.FIFTEEN_MIN, 15);

    /** One life circle of one community; both lists in the catalog's order. */
    public record LifeCircle(String level, int minutes, List<String> present, List<String> missing) {}

    /**
     * One community's check; lists empty and figures null where suppressed (fewer than {@value
     * EvaluationService#SUPPRESS_BELOW} residents).
     */
    public record CommunityStandard(
            long communityId,
            String communityName,
            boolean suppressed,
            List<LifeCircle> lifeCircles,
            @Nullable Double area_m2Per100Households,
            double minimumArea_m2Per100Households,
            @Nullable Boolean areaMet) {}

    private final EvaluationService evaluations;
    private final EvaluationStore store;
    private final StandardsCatalog catalog = StandardsCatalog.nationalDefault();

    LifeCircleStandards(EvaluationService evaluations, EvaluationStore store) {
        this.evaluations = evaluations;
        this.store = store;
    }

    public List<CommunityStandard> listCommunityStandards(AccessScope scope, long runId) {
        EvaluationRun run = evaluations.getRun(scope, runId);
        if (run.status() != EvaluationStatus.DONE) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "run " + runId + " is " + run.status());
        }
        Map<Long, List<CommunityCoverageRow>> byCommunity = new LinkedHashMap<>();
        for (CommunityCoverageRow row : store.listCommunityCoverage(runId, EvaluationService.SUPPRESS_BELOW)) {
            byCommunity
                    .computeIfAbsent(row.communityId(), c -> new ArrayList<>())
                    .add(row);
        }
        double minimumArea = minimumArea_m2Per100Households();
        List<CommunityStandard> out = new ArrayList<>();
        for (List<CommunityCoverageRow> rows : byCommunity.values()) {
            out.add(check(rows, minimumArea));
        }
        return out;
    }

    private CommunityStandard check(List<CommunityCoverageRow> rows, double minimumArea) {
        CommunityCoverageRow first = rows.get(0);
        if (first.suppressed()) {
            return new CommunityStandard(
                    first.communityId(), first.communityName(), true, List.of(), null, minimumArea, null);
        }
        List<LifeCircle> circles = new ArrayList<>();
        for (LifeCircleLevel level :
                List.of(LifeCircleLevel.FIVE_MIN, LifeCircleLevel.TEN_MIN, LifeCircleLevel.FIFTEEN_MIN)) {
            int minutes = CIRCLE_MINUTES.get(level);
            List<String> present = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (ServiceCategory category : required(level)) {
                boolean reached = rows.stream()
                        .anyMatch(r -> r.category().equals(category.code())
                                && r.minutes() == minutes
                                && r.residentShare() != null
                                && r.residentShare() >= MIN_SHARE);
                (reached ? present : missing).add(category.code());
            }
            circles.add(new LifeCircle(level.code(), minutes, present, missing));
        }
        Double area = rows.stream()
                .filter(r -> r.category().equals(ServiceCategory.SERVICE_CENTRE.code()))
                .map(CommunityCoverageRow::area_m2Per100Households)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
        return new CommunityStandard(
                first.communityId(),
                first.communityName(),
                false,
                circles,
                area,
                minimumArea,
                area == null ? null : area >= minimumArea);
    }

    /** The categories the catalog's facility rules of a level name, in catalog order. */
    private Set<ServiceCategory> required(LifeCircleLevel level) {
        Set<ServiceCategory> categories = new LinkedHashSet<>();
        for (StandardRule rule : catalog.rules(RuleKind.FACILITY, level)) {
            rule.category().ifPresent(categories::add);
        }
        return categories;
    }

    /** The first comprehensive floor-area rule of the community level per 100 households (30 m² nationally). */
    private double minimumArea_m2Per100Households() {
        return catalog.rules(RuleKind.AREA_PER_POPULATION, LifeCircleLevel.COMMUNITY).stream()
                .filter(r -> r.categoryCode().equals(StandardRule.COMPREHENSIVE)
                        && r.per().equals("100 households"))
                .mapToDouble(StandardRule::targetValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        catalog.source() + " has no comprehensive floor area per 100 households"));
    }
}
