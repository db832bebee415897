package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.category.AgeBand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of the registered population per community: households, residents, residents per age band and per special
 * group. Ages are compared as birth dates against cut-off days computed once, so the database does no date arithmetic
 * (which PostgreSQL and H2 spell differently). Unscoped: callers decide who may see which communities.
 */
@Repository
class PopulationQueries {

    private final JdbcClient jdbc;

    PopulationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The population of each community, in the order given; communities without residents count zeros. */
    List<CommunityPopulation> populationByCommunity(Collection<Long> communityIds, LocalDate today) {
        List<Long> ids = List.copyOf(communityIds);
        Map<Long, Long> households = new HashMap<>();
        Map<Long, Map<AgeBand, Long>> bands = new HashMap<>();
        Map<Long, Map<SpecialGroup, Long>> groups = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ResidentRepository.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ResidentRepository.CHUNK));
            countHouseholds(chunk, households);
            countAgeBands(chunk, today, bands);
            countGroups(chunk, groups);
        }
        List<CommunityPopulation> population = new ArrayList<>(ids.size());
        for (long id : ids) {
            Map<AgeBand, Long> byBand = filled(AgeBand.class, bands.get(id));
            Map<SpecialGroup, Long> byGroup = filled(SpecialGroup.class, groups.get(id));
            byGroup.put(SpecialGroup.INFANT_UNDER_3, byBand.get(AgeBand.AGE_0_2));
            long residents = byBand.values().stream().mapToLong(Long::longValue).sum();
            population.add(new CommunityPopulation(id, households.getOrDefault(id, 0L), residents, byBand, byGroup));
        }
        return population;
    }

    private void countHouseholds(List<Long> ids, Map<Long, Long> counts) {
        jdbc.sql("select community_id, count(*) from household where community_id in (:ids) group by community_id")
                .param("ids", ids)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
    }

    /**
     * The registered residents per age band and the households of each building of these communities; buildings
     * without a registered household are absent.
     */
    Map<Long, BuildingPopulation> populationByBuilding(Collection<Long> communityIds, LocalDate today) {
        List<Long> ids = List.copyOf(communityIds);
        Map<Long, long[]> bands = new HashMap<>();
        Map<Long, Long> households = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ResidentRepository.CHUNK) {
            Map<String, Object> params = new HashMap<>();
            String band = bandExpression(today, params);
            params.put("ids", ids.subList(from, Math.min(ids.size(), from + ResidentRepository.CHUNK)));
            jdbc.sql("select h.building_id, t.band, count(*) from (select household_id, " + band + " as band"
                            + " from resident where community_id in (:ids)) t join household h on h.id = t.household_id"
                            + " where h.building_id is not null group by h.building_id, t.band")
                    .params(params)
                    .query(rs -> {
                        bands.computeIfAbsent(rs.getLong(1), k -> new long[AgeBand.COUNT])[rs.getInt(2)] =
                                rs.getLong(3);
                    });
            jdbc.sql("select building_id, count(*) from household where community_id in (:ids)"
                            + " and building_id is not null group by building_id")
                    .params(params)
                    .query(rs -> {
                        households.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        Map<Long, BuildingPopulation> population = new HashMap<>();
        households.forEach((building, count) -> population.put(
                building,
                new BuildingPopulation(building, count, bands.getOrDefault(building, new long[AgeBand.COUNT]))));
        return population;
    }

    /** The band's ordinal: the number of band lower bounds the resident has reached, less one. */
    private static String bandExpression(LocalDate today, Map<String, Object> params) {
        StringBuilder band = new StringBuilder("-1");
        for (AgeBand b : AgeBand.values()) {
            band.append(" + case when birth_date <= :from").append(b.ordinal()).append(" then 1 else 0 end");
            params.put("from" + b.ordinal(), Ages.bornOnOrBefore(b.fromAge(), today));
        }
        return band.toString();
    }

    private void countAgeBands(List<Long> ids, LocalDate today, Map<Long, Map<AgeBand, Long>> counts) {
        Map<String, Object> params = new HashMap<>();
        String band = bandExpression(today, params);
        params.put("ids", ids);
        jdbc.sql("select community_id, band, count(*) from (select community_id, " + band + " as band from resident"
                        + " where community_id in (:ids)) t group by community_id, band")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(AgeBand.class))
                            .put(AgeBand.values()[rs.getInt(2)], rs.getLong(3));
                });
    }

    private void countGroups(List<Long> ids, Map<Long, Map<SpecialGroup, Long>> counts) {
        jdbc.sql(
                        "select r.community_id, g.group_code, count(*) from resident_group g join resident r"
                                + " on r.id = g.resident_id where r.community_id in (:ids) group by r.community_id, g.group_code")
                .param("ids", ids)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(SpecialGroup.class))
                            .put(SpecialGroup.valueOf(rs.getString(2)), rs.getLong(3));
                });
    }

    private static <K extends Enum<K>> Map<K, Long> filled(Class<K> type, @Nullable Map<K, Long> counts) {
        Map<K, Long> filled = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            filled.put(key, counts == null ? 0L : counts.getOrDefault(key, 0L));
        }
        return filled;
    }
}
