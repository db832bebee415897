package org.doorstep.app.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which communities a user's scope covers, for writes and imports that name a community. */
@Component
class CommunityScope {

    private final JdbcClient jdbc;
    private final Places places;

    CommunityScope(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** Which of the places are communities inside the scope's places. */
    Set<Long> covered(AccessScope scope, Collection<Long> placeIds) {
        ScopeSql.Condition inScope = ScopeSql.communityIn(scope, "c.id");
        return communitiesAmong(placeIds, inScope.sql(), inScope.parameters());
    }

    /** Which of the places are communities at all, in any scope: for system processes. */
    Set<Long> communitiesAmong(Collection<Long> placeIds) {
        return communitiesAmong(placeIds, "1 = 1", Map.of());
    }

    private Set<Long> communitiesAmong(Collection<Long> placeIds, String condition, Map<String, Object> params) {
        if (placeIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("select c.id from place c where c.id in (:ids) and c.level = 'COMMUNITY' and " + condition)
                        .param("ids", List.copyOf(Set.copyOf(placeIds)))
                        .params(params)
                        .query(Long.class)
                        .list());
    }

    /** The community with an id inside the scope; 404 otherwise, as though it did not exist. */
    Place requireCommunity(AccessScope scope, long communityId) {
        Optional<Place> place = places.findPlace(communityId).filter(p -> p.level() == PlaceLevel.COMMUNITY);
        if (place.isEmpty() || covered(scope, List.of(communityId)).isEmpty()) {
            throw RegistryAccess.notFound("community", communityId);
        }
        return place.get();
    }
}
