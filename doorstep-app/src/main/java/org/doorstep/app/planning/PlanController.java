package org.doorstep.app.planning;

import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Planning answers beyond coverage: site recommendations from the candidate sites, the standards per community. */
@RestController
@RequestMapping("/api/planning")
class PlanController {

    private final SitingService siting;
    private final LifeCircleStandards standards;
    private final AccessScopes scopes;

    PlanController(SitingService siting, LifeCircleStandards standards, AccessScopes scopes) {
        this.siting = siting;
        this.standards = standards;
        this.scopes = scopes;
    }

    /** The best {@code sites} candidate sites for a category (or those within {@code budget} yuan), in order. */
    @GetMapping("/cities/{cityId}/siting")
    SitingService.Recommendations recommendSites(
            @PathVariable long cityId,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "15") int minutes,
            @RequestParam(defaultValue = "3") int sites,
            @RequestParam(required = false) @Nullable Double budget,
            @RequestParam(required = false) @Nullable Double minFloorArea_m2) {
        return siting.recommend(scopes.current(), cityId, category, minutes, sites, budget, minFloorArea_m2);
    }

    @GetMapping("/evaluations/{id}/standards")
    List<LifeCircleStandards.CommunityStandard> listCommunityStandards(@PathVariable long id) {
        return standards.listCommunityStandards(scopes.current(), id);
    }
}
