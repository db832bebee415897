package org.doorstep.app.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Site-for-service contracts: administrators (the granting government) make and change them; whoever sees a
 * facility sees its contracts, so an operator reads its own and no other's.
 */
@Service
class ContractManagement {

    /** Contract terms run by the calendar in China. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ContractRepository contracts;
    private final FacilityRepository facilities;
    private final OperatorRepository operators;
    private final Clock clock = Clock.system(CHINA);

    ContractManagement(ContractRepository contracts, FacilityRepository facilities, OperatorRepository operators) {
        this.contracts = contracts;
        this.facilities = facilities;
        this.operators = operators;
    }

    Contract getContract(long id, AccessScope scope) {
        return contracts.find(id, FacilityAccess.readable(scope), today()).orElseThrow(() -> notFound(id));
    }

    List<Contract> listContracts(@Nullable Long placeId, @Nullable Long facilityId, AccessScope scope) {
        return contracts.list(placeId, facilityId, FacilityAccess.readable(scope), today());
    }

    @Transactional
    public Contract createContract(ContractRequest request, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        List<PriceCap> caps = check(request);
        return getContract(contracts.insert(request, caps), scope);
    }

    @Transactional
    public Contract updateContract(long id, ContractRequest request, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        getContract(id, scope);
        List<PriceCap> caps = check(request);
        contracts.update(id, request, caps);
        return getContract(id, scope);
    }

    private List<PriceCap> check(ContractRequest request) {
        Faults.OfRequest faults = new Faults.OfRequest();
        List<PriceCap> caps = request.check(faults);
        Set<String> items = new HashSet<>();
        caps.stream()
                .filter(c -> c.item() != null && !items.add(c.item()))
                .forEach(c -> faults.add("priceCaps", "item " + c.item() + " is capped twice"));
        if (request.facilityId() != null) {
            checkFacility(request, faults);
        }
        if (request.operatorId() != null
                && operators.find(request.operatorId(), FacilityAccess.EVERY).isEmpty()) {
            faults.add("operatorId", "no operator " + request.operatorId());
        }
        faults.throwIfAny();
        return caps;
    }

    private void checkFacility(ContractRequest request, Faults faults) {
        Optional<Facility> facility = facilities.find(request.facilityId(), FacilityAccess.EVERY);
        if (facility.isEmpty()) {
            faults.add("facilityId", "no facility " + request.facilityId());
            return;
        }
        if (facility.get().operatingModel() != OperatingModel.SITE_FOR_SERVICE) {
            faults.add(
                    "facilityId",
                    "facility " + request.facilityId() + " is run as "
                            + facility.get().operatingModel() + "; a site-for-service contract needs SITE_FOR_SERVICE");
        }
        Double area = facility.get().floorArea_m2();
        Double granted = request.spaceGranted_m2();
        if (area != null && granted != null && granted > area) {
            faults.add("spaceGranted_m2", granted + " m² granted but the facility has " + area + " m²");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no contract " + id);
    }
}
