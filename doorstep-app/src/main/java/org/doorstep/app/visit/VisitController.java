package org.doorstep.app.visit;

import java.time.YearMonth;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.registry.SuppressedCount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Home visits over HTTP: plans, visits, follow-ups, the overdue list and the suppressed visit rates. */
@RestController
@RequestMapping("/api/visits")
class VisitController {

    /** A community's rate as planners see it: counts under the threshold suppressed, and the rate with them. */
    record CommunityRate(long communityId, SuppressedCount required, SuppressedCount visited, @Nullable Double rate) {

        static CommunityRate of(VisitRate rate) {
            SuppressedCount required = SuppressedCount.of(rate.required());
            SuppressedCount visited = SuppressedCount.of(rate.visited());
            boolean hidden = required.suppressed() || visited.suppressed();
            return new CommunityRate(rate.placeId(), required, visited, hidden ? null : rate.rate());
        }
    }

    /** The place's total and its communities, for a month. */
    record RateReport(long placeId, YearMonth month, CommunityRate total, List<CommunityRate> communities) {}

    private final AccessScopes scopes;
    private final VisitPlanning planning;
    private final VisitRecording recording;
    private final VisitRates rates;
    private final CommunityAccess access;
    private final VisitWorklist worklist;

    VisitController(
            AccessScopes scopes,
            VisitPlanning planning,
            VisitRecording recording,
            VisitRates rates,
            CommunityAccess access,
            VisitWorklist worklist) {
        this.scopes = scopes;
        this.planning = planning;
        this.recording = recording;
        this.rates = rates;
        this.access = access;
        this.worklist = worklist;
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    List<VisitPlan> generatePlans(@RequestBody PlanRequest request) {
        return planning.generatePlans(scopes.current(), request);
    }

    @GetMapping("/plans")
    List<VisitPlan> listPlans(@RequestParam long communityId, @RequestParam YearMonth month) {
        return planning.listPlans(scopes.current(), communityId, month);
    }

    @PostMapping("/plans/{planId}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    VisitRecord recordVisit(@PathVariable long planId, @RequestBody NewVisit visit) {
        return recording.recordVisit(scopes.current(), planId, visit);
    }

    @GetMapping("/plans/{planId}/visits")
    List<VisitRecord> listVisits(@PathVariable long planId) {
        return recording.listVisits(scopes.current(), planId);
    }

    @GetMapping("/{visitId}")
    VisitRecord getVisit(@PathVariable long visitId) {
        return recording.getVisit(scopes.current(), visitId);
    }

    @PostMapping("/follow-ups/{followUpId}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void completeFollowUp(@PathVariable long followUpId) {
        recording.closeFollowUp(scopes.current(), followUpId, FollowUpStatus.DONE);
    }

    @PostMapping("/follow-ups/{followUpId}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelFollowUp(@PathVariable long followUpId) {
        recording.closeFollowUp(scopes.current(), followUpId, FollowUpStatus.CANCELLED);
    }

    @GetMapping("/overdue")
    List<OverdueVisit> listOverdue(@RequestParam long communityId) {
        return planning.listOverdue(scopes.current(), communityId);
    }

    /** This month's plans of a community with their visitors, and its overdue list. */
    @GetMapping("/worklist")
    VisitWorklist.Worklist worklist(@RequestParam long communityId) {
        return worklist.thisMonth(scopes.current(), communityId);
    }

    /**
     * Any role with places may read the rates of a place inside its scope, suppressed alike for all; without a month,
     * the current one (in China), which the report names.
     */
    @GetMapping("/rates")
    RateReport rates(@RequestParam long placeId, @RequestParam(required = false) @Nullable YearMonth month) {
        AccessScope scope = scopes.current();
        access.requirePlace(scope, placeId);
        YearMonth shown = month == null ? planning.currentMonth() : month;
        List<CommunityRate> communities = rates.byCommunity(placeId, shown).stream()
                .map(CommunityRate::of)
                .toList();
        return new RateReport(placeId, shown, CommunityRate.of(rates.monthlyRate(placeId, shown)), communities);
    }
}
