package org.doorstep.app.facility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.doorstep.engine.category.ServiceCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system-level API of facilities, for the demo seeder, the OpenStreetMap import and planning. It takes no scope:
 * its callers act for the system, never for a signed-in user (the REST API does that). Writes are checked by the same
 * rules as the API and are all or nothing: a bad record throws {@link IllegalArgumentException} naming its index and
 * every fault, and nothing of the batch is written.
 */
@Service
public class FacilityService {

    private static final String SYSTEM = "system";

    private final FacilityRules facilityRules;
    private final FacilityRepository facilities;
    private final StatusChanges statusChanges;
    private final OperatorManagement operatorManagement;
    private final OperatorRepository operators;
    private final CandidateSiteRules siteRules;
    private final CandidateSiteRepository sites;

    FacilityService(
            FacilityRules facilityRules,
            FacilityRepository facilities,
            StatusChanges statusChanges,
            OperatorManagement operatorManagement,
            OperatorRepository operators,
            CandidateSiteRules siteRules,
            CandidateSiteRepository sites) {
        this.facilityRules = facilityRules;
        this.facilities = facilities;
        this.statusChanges = statusChanges;
        this.operatorManagement = operatorManagement;
        this.operators = operators;
        this.siteRules = siteRules;
        this.sites = sites;
    }

    /**
     * Adds facilities in one transaction; returns their ids in the order given. Names must be unique within a
     * community, across the batch too (an OSM import names unnamed or repeated places itself, for example with the
     * OSM reference).
     *
     * @throws IllegalArgumentException for the first bad facility, with its index and every fault; nothing is added
     */
    @Transactional
    public List<Long> addFacilities(List<NewFacility> batch) {
        List<Long> ids = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewFacility facility = batch.get(i);
            Faults.OfRequest faults = new Faults.OfRequest();
            facilityRules.check(facility, null, faults);
            faults.throwIfAny("facility " + i + " ('" + facility.name() + "')");
            long id = facilities.insert(facility);
            statusChanges.record(id, null, facility.status(), SYSTEM, "added by the system");
            ids.add(id);
        }
        return ids;
    }

    /**
     * Adds an operator; returns its id.
     *
     * @throws IllegalArgumentException naming every fault (a bad credit code, a taken one, a licence without number)
     */
    @Transactional
    public long addOperator(NewOperator operator) {
        Faults.OfRequest faults = new Faults.OfRequest();
        operatorManagement.check(operator, null, faults);
        faults.throwIfAny("operator '" + operator.name() + "'");
        return operators.insert(operator);
    }

    /**
     * Adds candidate sites in one transaction; returns their ids in the order given.
     *
     * @throws IllegalArgumentException for the first bad site, with its index and every fault; nothing is added
     */
    @Transactional
    public List<Long> addCandidateSites(List<NewCandidateSite> batch) {
        List<Long> ids = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Faults.OfRequest faults = new Faults.OfRequest();
            siteRules.check(batch.get(i), faults);
            faults.throwIfAny("candidate site " + i + " ('" + batch.get(i).address() + "')");
            ids.add(sites.insert(batch.get(i)));
        }
        return ids;
    }

    /** Which of these OpenStreetMap references (n123, w123, r123) already name a registered facility. */
    public Set<String> findRegisteredOsmRefs(Collection<String> osmRefs) {
        return facilities.findRegisteredOsmRefs(osmRefs);
    }

    /** The OPEN facilities of these communities with their capacity, by id; empty for no communities. */
    public List<FacilitySupply> listOpenFacilities(Collection<Long> communityIds) {
        return facilities.listOpen(communityIds).stream()
                .map(FacilityService::supply)
                .toList();
    }

    /** An operator's name, system-level: for the agency responsible for a service request routed to it. */
    public Optional<String> findOperatorName(long operatorId) {
        return operators.find(operatorId, FacilityAccess.EVERY).map(Operator::name);
    }

    /** The operators running any of these facilities (an operator user's own), by id; empty for none. */
    public SortedSet<Long> operatorsOf(Collection<Long> facilityIds) {
        return operators.runningAny(facilityIds);
    }

    /**
     * A facility of any status by id, for modules that attach their own records to it (the services a facility
     * offers); empty where there is none.
     */
    public Optional<FacilitySupply> findFacility(long facilityId) {
        return facilities.find(facilityId, FacilityAccess.EVERY).map(FacilityService::supply);
    }

    private static FacilitySupply supply(Facility f) {
        return new FacilitySupply(
                f.id(),
                ServiceCategory.ofCode(f.category()),
                f.typeCode(),
                f.lon(),
                f.lat(),
                f.floorArea_m2(),
                f.capacity(),
                f.communityId());
    }

    /**
     * The candidate sites planning may choose at or below a place: every one not withdrawn
     * ({@link SiteAvailability#offered()}), by id.
     */
    public List<CandidateSite> listCandidateSites(long placeId) {
        return sites.list(placeId, FacilityAccess.EVERY).stream()
                .filter(s -> s.availability().offered())
                .toList();
    }
}
