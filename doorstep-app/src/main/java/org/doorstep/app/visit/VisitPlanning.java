package org.doorstep.app.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.AccountView;
import org.doorstep.app.account.Role;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.app.registry.SpecialGroup;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Monthly visit plans of a community and the overdue list. */
@Service
@EnableConfigurationProperties(VisitProperties.class)
class VisitPlanning {

    /** Visits are days in China Standard Time, which every Chinese city keeps. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CommunityAccess access;
    private final RegistryService registry;
    private final AccountService accounts;
    private final VisitPlanRepository plans;
    private final VisitRecordRepository visits;
    private final VisitProperties properties;
    private final Clock clock;

    VisitPlanning(
            CommunityAccess access,
            RegistryService registry,
            AccountService accounts,
            VisitPlanRepository plans,
            VisitRecordRepository visits,
            VisitProperties properties,
            Clock clock) {
        this.access = access;
        this.registry = registry;
        this.accounts = accounts;
        this.plans = plans;
        this.visits = visits;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Plans the month for every elderly resident with special difficulties in the community who has no plan for it
     * yet (so generating twice adds only the newly eligible), by resident id, visitors round-robin over the
     * community's workers unless the request names one visitor.
     *
     * @return the community's plans for the month, old and new
     */
    @Transactional
    public List<VisitPlan> generatePlans(AccessScope scope, PlanRequest request) {
        access.requireCommunity(scope, request.communityId());
        List<ResidentFacts> eligible =
                registry.listResidentFacts(scope, request.communityId(), SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY);
        Set<Long> planned = plans.plannedResidents(request.communityId(), request.month());
        List<ResidentFacts> unplanned =
                eligible.stream().filter(r -> !planned.contains(r.residentId())).toList();
        List<Long> workers = unplanned.isEmpty() ? List.of() : visitors(request);
        for (int i = 0; i < unplanned.size(); i++) {
            Long userId = workers.isEmpty() ? null : workers.get(i % workers.size());
            plans.insert(
                    unplanned.get(i).residentId(),
                    request.communityId(),
                    request.month(),
                    userId,
                    userId == null ? request.visitorName() : null);
        }
        return plans.listPlans(scope, request.communityId(), request.month());
    }

    public List<VisitPlan> listPlans(AccessScope scope, long communityId, YearMonth month) {
        access.requireCommunity(scope, communityId);
        return plans.listPlans(scope, communityId, month);
    }

    /**
     * Residents of the community without a visit that fulfils this month's plan once the due day has passed, then
     * residents with follow-ups past due; by due date.
     */
    public List<OverdueVisit> listOverdue(AccessScope scope, long communityId) {
        access.requireCommunity(scope, communityId);
        LocalDate today = today(clock);
        LocalDate due = dueOn(YearMonth.from(today));
        List<OverdueVisit> overdue = new ArrayList<>();
        if (today.isAfter(due)) {
            plans.listUnvisited(scope, communityId, YearMonth.from(today))
                    .forEach(p -> overdue.add(new OverdueVisit(
                            p.residentId(), p.id(), OverdueVisit.Reason.NO_VISIT_THIS_MONTH, null, null, due)));
        }
        overdue.addAll(visits.listLateFollowUps(scope, communityId, today));
        overdue.sort(Comparator.comparing(OverdueVisit::dueOn).thenComparing(OverdueVisit::residentId));
        return overdue;
    }

    /** The month of today in China: the month whose plans the overdue list checks. */
    YearMonth currentMonth() {
        return YearMonth.from(today(clock));
    }

    /** The day after which a plan of the month without a successful visit is overdue. */
    LocalDate dueOn(YearMonth month) {
        return month.atDay(properties.dueDay());
    }

    /** Today in China, from the application's clock (which stays in UTC). */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    /** The one named user or volunteer, else the community's enabled workers by id (null entries: a volunteer). */
    private List<Long> visitors(PlanRequest request) {
        if (request.visitorUserId() != null) {
            AccountView visitor = accounts.getUser(request.visitorUserId());
            if (!visitor.grants().places().contains(request.communityId()) && visitor.role() != Role.ADMIN) {
                throw new ResponseStatusException(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "visitorUserId: user " + visitor.id() + " does not work in community " + request.communityId());
            }
            return List.of(visitor.id());
        }
        if (request.visitorName() != null && !request.visitorName().isBlank()) {
            return List.of();
        }
        List<Long> workers = accounts.listUsers().stream()
                .filter(u -> u.role() == Role.COMMUNITY_WORKER && u.enabled())
                .filter(u -> u.grants().places().contains(request.communityId()))
                .map(AccountView::id)
                .sorted()
                .toList();
        if (workers.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "community " + request.communityId() + " has no community workers: name a visitor");
        }
        return workers;
    }
}
