package org.doorstep.app.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A community's visits of the current month as its workers go through them: the plans with the visitor's name and
 * the due day, and the overdue list, in one read so that the page shows both as of the same moment.
 */
@Service
class VisitWorklist {

    /** A plan of the month with its visitor's display name (the volunteer's name, or the user's). */
    record PlannedVisit(long planId, long residentId, @Nullable Long visitorUserId, String visitor, boolean visited) {}

    /**
     * @param today today in China, the latest day a visit may be recorded on
     * @param dueOn the day after which a plan without a successful visit is overdue
     */
    record Worklist(
            long communityId,
            YearMonth month,
            LocalDate today,
            LocalDate dueOn,
            List<PlannedVisit> plans,
            List<OverdueVisit> overdue) {}

    private final VisitPlanning planning;
    private final AccountService accounts;
    private final Clock clock;

    VisitWorklist(VisitPlanning planning, AccountService accounts, Clock clock) {
        this.planning = planning;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The community's current month; 404 for a community outside the scope. */
    Worklist thisMonth(AccessScope scope, long communityId) {
        YearMonth month = planning.currentMonth();
        Map<Long, String> userNames = new HashMap<>();
        List<PlannedVisit> plans = planning.listPlans(scope, communityId, month).stream()
                .map(p ->
                        new PlannedVisit(p.id(), p.residentId(), p.visitorUserId(), visitor(p, userNames), p.visited()))
                .toList();
        return new Worklist(
                communityId,
                month,
                VisitPlanning.today(clock),
                planning.dueOn(month),
                plans,
                planning.listOverdue(scope, communityId));
    }

    private String visitor(VisitPlan plan, Map<Long, String> userNames) {
        Long userId = plan.visitorUserId();
        if (userId == null) {
            return plan.visitorName() == null ? "" : plan.visitorName();
        }
        return userNames.computeIfAbsent(userId, id -> accounts.getUser(id).displayName());
    }
}
