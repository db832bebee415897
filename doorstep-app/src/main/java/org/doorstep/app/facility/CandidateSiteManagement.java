package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeDeniedException;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Candidate sites as planners and administrators keep them; a planner only inside its places. */
@Service
class CandidateSiteManagement {

    private final CandidateSiteRepository sites;
    private final CandidateSiteRules rules;
    private final Places places;

    CandidateSiteManagement(CandidateSiteRepository sites, CandidateSiteRules rules, Places places) {
        this.sites = sites;
        this.rules = rules;
        this.places = places;
    }

    /**
     * The condition on the site row {@code s} for what a scope sees.
     *
     * @throws ScopeDeniedException for any role but planner and administrator
     */
    static ScopeSql.Condition readable(AccessScope scope) {
        scope.requireRole(Role.ADMIN, Role.PLANNER);
        return ScopeSql.communityIn(scope, "s.community_id");
    }

    CandidateSite getSite(long id, AccessScope scope) {
        return sites.find(id, readable(scope)).orElseThrow(() -> notFound(id));
    }

    List<CandidateSite> listSites(@Nullable Long placeId, AccessScope scope) {
        return sites.list(placeId, readable(scope));
    }

    @Transactional
    public CandidateSite createSite(CandidateSiteRequest request, AccessScope scope) {
        readable(scope);
        NewCandidateSite site = checked(request, scope);
        return getSite(sites.insert(site), scope);
    }

    @Transactional
    public CandidateSite updateSite(long id, CandidateSiteRequest request, AccessScope scope) {
        getSite(id, scope);
        NewCandidateSite site = checked(request, scope);
        sites.update(id, site);
        return getSite(id, scope);
    }

    private NewCandidateSite checked(CandidateSiteRequest request, AccessScope scope) {
        Faults.OfRequest faults = new Faults.OfRequest();
        NewCandidateSite site = request.toNewSite(faults);
        if (site != null) {
            rules.check(site, faults);
        }
        faults.throwIfAny();
        boolean inScope = scope.isAdmin()
                || places.findPlace(site.communityId())
                        .map(p -> p.liesWithin(scope.placeIds()))
                        .orElse(false);
        if (!inScope) {
            throw new ScopeDeniedException(
                    "community " + site.communityId() + " lies outside the places granted to you");
        }
        return site;
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no candidate site " + id);
    }
}
