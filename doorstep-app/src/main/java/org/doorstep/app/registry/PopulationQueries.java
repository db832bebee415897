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

    private void countAgeBands(List<Long> ids, LocalDate today, Map<Long, Map<AgeBand, Long>> counts) {
        // The band's ordinal: the number of band lower bounds the resident has reached, less one.
        StringBuilder band = new StringBuilder("-1");
        Map<String, Object> params = new HashMap<>();
        for (AgeBand b : AgeBand.values()) {
            band.append(" + case when birth_date <= :from").append(b.ordinal()).append(" then 1 else 0 end");
            params.put("from" + b.ordinal(), Ages.bornOnOrBefore(b.fromAge(), today));
        }
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
