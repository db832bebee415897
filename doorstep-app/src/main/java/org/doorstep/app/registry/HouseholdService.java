package org.doorstep.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Households for users: read inside the scope by those who see individuals; created, changed and deleted by the
 * registry's keepers, each change audited (an address says where people live).
 */
@Service
class HouseholdService {

    static final String SUBJECT = "household";
    private static final List<String> FIELDS = List.of("community", "building", "ref", "address", "unit");

    private final HouseholdRepository households;
    private final CommunityScope communities;
    private final AuditLog audit;

    HouseholdService(HouseholdRepository households, CommunityScope communities, AuditLog audit) {
        this.households = households;
        this.communities = communities;
        this.audit = audit;
    }

    List<Household> listHouseholds(AccessScope scope, long communityId) {
        scope.requireIndividuals();
        return households.listHouseholds(scope, communityId);
    }

    Household getHousehold(AccessScope scope, long id) {
        scope.requireIndividuals();
        return find(scope, id);
    }

    @Transactional
    Household createHousehold(AccessScope scope, HouseholdRequest request) {
        RegistryAccess.requireKeeper(scope);
        HouseholdData data = checked(scope, request.data(), null);
        long id = households.insertAll(List.of(data)).get(0);
        audit.record(scope, AuditAction.CREATE, SUBJECT, id, FIELDS, null);
        return find(scope, id);
    }

    /** Replaces a household's data; a household with residents keeps its community (move the residents first). */
    @Transactional
    Household updateHousehold(AccessScope scope, long id, HouseholdRequest request) {
        RegistryAccess.requireKeeper(scope);
        Household before = find(scope, id);
        HouseholdData data = checked(scope, request.data(), id);
        if (before.members() > 0 && before.communityId() != data.communityId()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "household " + id + " has " + before.members() + " residents; it cannot change community");
        }
        households.update(id, data);
        audit.record(scope, AuditAction.UPDATE, SUBJECT, id, changedFields(before.data(), data), null);
        return find(scope, id);
    }

    /** Deletes an empty household; one with residents is refused (409), so that no resident is lost by accident. */
    @Transactional
    void deleteHousehold(AccessScope scope, long id) {
        RegistryAccess.requireKeeper(scope);
        Household household = find(scope, id);
        if (household.members() > 0) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "household " + id + " still has " + household.members() + " residents; delete or move them first");
        }
        households.delete(id);
        audit.record(scope, AuditAction.DELETE, SUBJECT, id, FIELDS, null);
    }

    private Household find(AccessScope scope, long id) {
        return households.findHousehold(scope, id).orElseThrow(() -> RegistryAccess.notFound(SUBJECT, id));
    }

    private HouseholdData checked(AccessScope scope, HouseholdData data, @Nullable Long self) {
        communities.requireCommunity(scope, data.communityId());
        Map<Long, Long> buildings =
                households.communitiesOfBuildings(data.buildingId() == null ? Set.of() : Set.of(data.buildingId()));
        InvalidEntryException.throwIfAny(HouseholdRules.problems(data, buildings.get(data.buildingId())));
        if (data.ref() != null) {
            Long other = households
                    .idsByRef(List.of(data.communityId()))
                    .getOrDefault(data.communityId(), Map.of())
                    .get(data.ref());
            if (other != null && !other.equals(self)) {
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "the community already has a household '" + data.ref() + "'");
            }
        }
        return data;
    }

    private static List<String> changedFields(HouseholdData a, HouseholdData b) {
        List<String> changed = new ArrayList<>();
        // In the order of FIELDS.
        Object[][] pairs = {
            {a.communityId(), b.communityId()},
            {a.buildingId(), b.buildingId()},
            {a.ref(), b.ref()},
            {a.address(), b.address()},
            {a.unit(), b.unit()}
        };
        for (int i = 0; i < pairs.length; i++) {
            if (!Objects.equals(pairs[i][0], pairs[i][1])) {
                changed.add(FIELDS.get(i));
            }
        }
        return changed;
    }
}
