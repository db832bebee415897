package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {

    @Test
    void sortsRowsIntoPlacesFacilitiesAndHouseholds() {
        Grants grants = Grants.of(List.of(
                new Grant(ScopeKind.PLACE, 30),
                new Grant(ScopeKind.FACILITY, 7),
                new Grant(ScopeKind.PLACE, 4),
                new Grant(ScopeKind.HOUSEHOLD, 99)));

        AccessScope scope = grants.scopeFor(12, "wang.li", Role.COMMUNITY_WORKER);

        assertThat(scope.userId()).isEqualTo(12);
        assertThat(scope.username()).isEqualTo("wang.li");
        assertThat(scope.role()).isEqualTo(Role.COMMUNITY_WORKER);
        assertThat(scope.placeIds()).containsExactly(4L, 30L);
        assertThat(scope.facilityIds()).containsExactly(7L);
        assertThat(scope.householdIds()).containsExactly(99L);
    }

    @Test
    void repeatedRowsCountOnce() {
        Grants grants = Grants.of(List.of(new Grant(ScopeKind.FACILITY, 5), new Grant(ScopeKind.FACILITY, 5)));

        assertThat(grants.facilities()).containsExactly(5L);
    }

    @Test
    void noGrantsSeeNothingExceptForAnAdministrator() {
        Grants none = Grants.of(List.of());

        AccessScope planner = none.scopeFor(1, "planner", Role.PLANNER);
        AccessScope admin = none.scopeFor(2, "admin", Role.ADMIN);

        assertThat(planner.placeIds()).isEmpty();
        assertThat(ScopeSql.communityIn(planner, "r.community_id").sql()).isEqualTo("1 = 0");
        assertThat(ScopeSql.communityIn(admin, "r.community_id").sql()).isEqualTo("1 = 1");
    }

    @Test
    void theScopeDoesNotChangeWhenTheRowsDo() {
        List<Grant> rows = new ArrayList<>(List.of(new Grant(ScopeKind.PLACE, 1)));
        Grants grants = Grants.of(rows);
        rows.add(new Grant(ScopeKind.PLACE, 2));

        assertThat(grants.scopeFor(1, "street", Role.STREET_OFFICER).placeIds()).containsExactly(1L);
    }

    @Test
    void eachRoleHoldsOnlyItsKindOfGrant() {
        assertThat(ScopeKind.PLACE.fits(Role.COMMUNITY_WORKER)).isTrue();
        assertThat(ScopeKind.PLACE.fits(Role.STREET_OFFICER)).isTrue();
        assertThat(ScopeKind.PLACE.fits(Role.PLANNER)).isTrue();
        assertThat(ScopeKind.FACILITY.fits(Role.OPERATOR)).isTrue();
        assertThat(ScopeKind.HOUSEHOLD.fits(Role.RESIDENT)).isTrue();

        assertThat(ScopeKind.PLACE.fits(Role.RESIDENT)).isFalse();
        assertThat(ScopeKind.PLACE.fits(Role.OPERATOR)).isFalse();
        assertThat(ScopeKind.HOUSEHOLD.fits(Role.COMMUNITY_WORKER)).isFalse();
        for (ScopeKind kind : ScopeKind.values()) {
            assertThat(kind.fits(Role.ADMIN)).as(kind.name()).isFalse();
        }
    }
}
