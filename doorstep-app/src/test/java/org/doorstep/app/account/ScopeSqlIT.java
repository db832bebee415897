package org.doorstep.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scope conditions run as SQL on the test database: a grant covers its place and everything below, nothing else. */
@DoorstepTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeSqlIT {

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    long city;
    long street;
    long otherStreet;
    long communityA;
    long communityB;
    long communityC;

    @BeforeAll
    void drawTheCity() {
        city = places.addPlace(new NewPlace(PlaceLevel.CITY, "9901", "测试市", null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, "990101", "甲区", city, null, null, null));
        street = places.addPlace(new NewPlace(PlaceLevel.STREET, "990101001", "一街道", district, null, null, null));
        otherStreet = places.addPlace(new NewPlace(PlaceLevel.STREET, "990101002", "二街道", district, null, null, null));
        communityA = community("990101001001", street);
        communityB = community("990101001002", street);
        communityC = community("990101002001", otherStreet);
    }

    @Test
    void aStreetGrantCoversItsCommunitiesOnly() {
        assertThat(visibleCommunities(scope(Role.STREET_OFFICER, Set.of(street))))
                .containsExactly(communityA, communityB);
    }

    @Test
    void aCommunityGrantCoversThatCommunityOnly() {
        assertThat(visibleCommunities(scope(Role.COMMUNITY_WORKER, Set.of(communityC))))
                .containsExactly(communityC);
    }

    @Test
    void aCityGrantCoversEveryCommunityBelow() {
        assertThat(visibleCommunities(scope(Role.PLANNER, Set.of(city))))
                .containsExactly(communityA, communityB, communityC);
    }

    @Test
    void noGrantMeansNothingAndAdminMeansEverything() {
        assertThat(visibleCommunities(scope(Role.COMMUNITY_WORKER, Set.of()))).isEmpty();
        assertThat(visibleCommunities(scope(Role.ADMIN, Set.of()))).contains(communityA, communityB, communityC);
    }

    @Test
    void placesKnowTheirAncestors() {
        assertThat(places.findPlace(communityB).orElseThrow()).satisfies(p -> {
            assertThat(p.streetId()).isEqualTo(street);
            assertThat(p.cityId()).isEqualTo(city);
            assertThat(p.parentId()).isEqualTo(street);
        });
        assertThat(places.listCommunitiesUnder(street)).extracting(p -> p.id()).containsExactly(communityA, communityB);
    }

    private long community(String code, long parent) {
        return places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, code, "社区" + code, parent, null, null, null));
    }

    private List<Long> visibleCommunities(AccessScope scope) {
        ScopeSql.Condition condition = ScopeSql.communityIn(scope, "p.id");
        Map<String, Object> params = new HashMap<>(condition.parameters());
        return jdbc.sql("select p.id from place p where p.level = 'COMMUNITY' and " + condition.sql()
                        + " order by p.id")
                .params(params)
                .query(Long.class)
                .list();
    }

    private static AccessScope scope(Role role, Set<Long> places) {
        return AccessScope.of(1, "tester", role, places, Set.of(), Set.of());
    }
}
