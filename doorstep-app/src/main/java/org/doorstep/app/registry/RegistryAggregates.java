package org.doorstep.app.registry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.engine.category.AgeBand;
import org.springframework.stereotype.Service;

/**
 * The registry for planners: counts per community, never individuals, with small counts suppressed. Anyone with places
 * in scope may read them; only the communities the scope covers are counted.
 */
@Service
class RegistryAggregates {

    private final Places places;
    private final CommunityScope communities;
    private final PopulationQueries population;
    private final RegistryClock clock;

    RegistryAggregates(Places places, CommunityScope communities, PopulationQueries population, RegistryClock clock) {
        this.places = places;
        this.communities = communities;
        this.population = population;
        this.clock = clock;
    }

    /** The place's communities inside the scope, by id; 404 where there is no such place or none is covered. */
    PlaceAggregates aggregates(AccessScope scope, long placeId) {
        Place place = places.findPlace(placeId).orElseThrow(() -> RegistryAccess.notFound("place", placeId));
        List<Place> under = places.listCommunitiesUnder(placeId);
        Set<Long> covered =
                communities.covered(scope, under.stream().map(Place::id).toList());
        List<Place> visible =
                under.stream().filter(c -> covered.contains(c.id())).toList();
        if (visible.isEmpty()) {
            throw RegistryAccess.notFound("place", placeId);
        }
        List<CommunityPopulation> counts =
                population.populationByCommunity(visible.stream().map(Place::id).toList(), clock.today());
        List<CommunityAggregate> aggregates = new java.util.ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            aggregates.add(aggregate(visible.get(i), counts.get(i)));
        }
        return new PlaceAggregates(place.id(), place.name(), SuppressedCount.THRESHOLD, aggregates);
    }

    private static CommunityAggregate aggregate(Place community, CommunityPopulation p) {
        List<AgeBand> bandOrder = List.of(AgeBand.values());
        List<SuppressedCount> bandCells = Suppression.partsOf(
                p.residents(),
                bandOrder.stream().map(p.residentsByAgeBand()::get).toList());
        Map<AgeBand, SuppressedCount> bands = new EnumMap<>(AgeBand.class);
        for (int i = 0; i < bandOrder.size(); i++) {
            bands.put(bandOrder.get(i), bandCells.get(i));
        }
        Map<SpecialGroup, SuppressedCount> groups = new EnumMap<>(SpecialGroup.class);
        p.residentsByGroup().forEach((group, count) -> groups.put(group, SuppressedCount.of(count)));
        // Infants under 3 are the 0-2 band exactly: the same cell, or a complementary suppression would show through.
        groups.put(SpecialGroup.INFANT_UNDER_3, bands.get(AgeBand.AGE_0_2));
        return new CommunityAggregate(
                community.id(),
                community.code(),
                community.name(),
                SuppressedCount.of(p.households()),
                SuppressedCount.of(p.residents()),
                bands,
                groups);
    }
}
