package org.doorstep.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.doorstep.app.privacy.AuditedQuery;
import org.doorstep.engine.category.AgeBand;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Residents in the database. Every read takes the reader's scope and filters in SQL; writes are the callers' to
 * authorise. Values cross to and from their stored form in {@link ResidentColumns}.
 */
@Repository
class ResidentRepository {

    /** Rows per JDBC batch and per {@code in} list. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ResidentColumns columns;

    ResidentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, ResidentColumns columns) {
        this.jdbc = jdbc;
        this.named = named;
        this.columns = columns;
    }

    /** Inserts residents in batches; returns their ids in the order given. */
    List<Long> insertAll(List<ResidentRow> rows) {
        String sql = "insert into resident (" + ResidentColumns.WRITTEN + ") values (:"
                + ResidentColumns.WRITTEN.replace(", ", ", :") + ")";
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ResidentRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            named.batchUpdate(
                    sql,
                    chunk.stream().map(columns::parameters).toArray(MapSqlParameterSource[]::new),
                    keys,
                    new String[] {"id"});
            keys.getKeyList().forEach(key -> ids.add(((Number) key.get("id")).longValue()));
        }
        insertGroups(ids, rows);
        return ids;
    }

    /** Replaces a resident's data and groups. */
    void update(long id, ResidentRow row) {
        String assignments = ResidentColumns.WRITTEN.replaceAll("(\\w+)", "$1 = :$1");
        named.update(
                "update resident set " + assignments + " where id = :id",
                columns.parameters(row).addValue("id", id));
        jdbc.sql("delete from resident_group where resident_id = ?").param(id).update();
        insertGroups(List.of(id), List.of(row));
    }

    void delete(long id) {
        jdbc.sql("delete from resident where id = ?").param(id).update();
    }

    Optional<Resident> findResident(AccessScope scope, long id) {
        return findWhere(scope, "r.id = :id", Map.of("id", id));
    }

    /**
     * The query of what an eligibility check needs of a resident, without decrypting anything (a booking reads this on
     * every request): a row per recorded group (one with a null group where it has none), none outside the scope.
     */
    static AuditedQuery factsQuery(AccessScope scope, long id) {
        ScopeSql.Condition inScope = RegistryAccess.rowsIn(scope, "r.community_id", "r.household_id");
        Map<String, Object> parameters = new HashMap<>(inScope.parameters());
        parameters.put("id", id);
        return new AuditedQuery(
                "select r.id, r.household_id, r.community_id, r.birth_date, g.group_code from resident r"
                        + " left join resident_group g on g.resident_id = r.id where r.id = :id and " + inScope.sql(),
                parameters,
                "id");
    }

    /** One row of the facts query: the resident again, and one of its recorded groups (null where it has none). */
    record FactsLine(long householdId, long communityId, LocalDate birthDate, @Nullable String group) {

        static FactsLine of(ResultSet rs, int n) throws SQLException {
            return new FactsLine(
                    rs.getLong("household_id"),
                    rs.getLong("community_id"),
                    rs.getObject("birth_date", LocalDate.class),
                    rs.getString("group_code"));
        }
    }

    /** The facts of the resident whose facts query gave these lines, as they stand today; empty for no lines. */
    static Optional<ResidentFacts> facts(long id, List<FactsLine> lines, LocalDate today) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        for (FactsLine line : lines) {
            if (line.group() != null) {
                groups.add(SpecialGroup.valueOf(line.group()));
            }
        }
        FactsLine first = lines.get(0);
        return Optional.of(
                ResidentFacts.of(id, first.householdId(), first.communityId(), first.birthDate(), groups, today));
    }

    /** The resident with an ID number, found through its look-up hash. */
    Optional<Resident> findByIdNumber(AccessScope scope, String idNumber) {
        return findWhere(scope, "r.id_number_hash = :hash", Map.of("hash", columns.idHash(idNumber)));
    }

    /** The id of the resident with an ID number, in any scope: to keep ID numbers unique. */
    Optional<Long> findIdOfIdNumber(String idNumber) {
        return jdbc.sql("select id from resident where id_number_hash = ?")
                .param(columns.idHash(idNumber))
                .query(Long.class)
                .optional();
    }

    /** Which of the ID numbers are already registered, in any scope. */
    Set<String> registeredIdNumbers(Collection<String> idNumbers) {
        Map<String, String> byHash = new HashMap<>();
        idNumbers.forEach(number -> byHash.put(columns.idHash(number), number));
        List<String> hashes = List.copyOf(byHash.keySet());
        Set<String> registered = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            jdbc.sql("select id_number_hash from resident where id_number_hash in (:hashes)")
                    .param("hashes", hashes.subList(from, Math.min(hashes.size(), from + CHUNK)))
                    .query(String.class)
                    .list()
                    .forEach(hash -> registered.add(byHash.get(hash)));
        }
        return registered;
    }

    /** A page of a community's residents inside the scope, by household then id. */
    List<Resident> listResidents(AccessScope scope, ResidentFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = listCondition(scope, filter, today, params);
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<Resident> residents = jdbc.sql(ResidentColumns.SELECT + " where " + where
                        + " order by r.household_id, r.id limit :limit offset :offset")
                .params(params)
                .query(columns::resident)
                .list();
        return withGroups(residents);
    }

    /** How many residents {@link #listResidents} has on all its pages. */
    long countResidents(AccessScope scope, ResidentFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = listCondition(scope, filter, today, params);
        return jdbc.sql("select count(*) from resident r where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private String listCondition(
            AccessScope scope, ResidentFilter filter, LocalDate today, Map<String, Object> params) {
        ScopeSql.Condition inScope = RegistryAccess.rowsIn(scope, "r.community_id", "r.household_id");
        params.putAll(inScope.parameters());
        params.put("community", filter.communityId());
        StringBuilder where = new StringBuilder("r.community_id = :community and ").append(inScope.sql());
        if (filter.householdId() != null) {
            where.append(" and r.household_id = :household");
            params.put("household", filter.householdId());
        }
        if (filter.group() == SpecialGroup.INFANT_UNDER_3) {
            where.append(" and r.birth_date > :infantsAfter");
            params.put("infantsAfter", Ages.bornOnOrBefore(AgeBand.AGE_3_5.fromAge(), today));
        } else if (filter.group() != null) {
            where.append(" and exists (select 1 from resident_group g where g.resident_id = r.id"
                    + " and g.group_code = :group)");
            params.put("group", filter.group().name());
        }
        return where.toString();
    }

    private Optional<Resident> findWhere(AccessScope scope, String condition, Map<String, Object> params) {
        ScopeSql.Condition inScope = RegistryAccess.rowsIn(scope, "r.community_id", "r.household_id");
        List<Resident> found = jdbc.sql(ResidentColumns.SELECT + " where " + condition + " and " + inScope.sql())
                .params(params)
                .params(inScope.parameters())
                .query(columns::resident)
                .list();
        return withGroups(found).stream().findFirst();
    }

    private List<Resident> withGroups(List<Resident> residents) {
        Map<Long, Set<SpecialGroup>> groups = new HashMap<>();
        List<Long> ids = residents.stream().map(Resident::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select resident_id, group_code from resident_group where resident_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        groups.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(SpecialGroup.class))
                                .add(SpecialGroup.valueOf(rs.getString(2)));
                    });
        }
        return residents.stream()
                .map(r -> new Resident(
                        r.id(),
                        r.householdId(),
                        r.communityId(),
                        r.data().withGroups(groups.getOrDefault(r.id(), Set.of()))))
                .toList();
    }

    private void insertGroups(List<Long> ids, List<ResidentRow> rows) {
        List<Object[]> groupRows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (SpecialGroup group : rows.get(i).data().storedGroups()) {
                groupRows.add(new Object[] {ids.get(i), group.name()});
            }
        }
        named.getJdbcTemplate()
                .batchUpdate("insert into resident_group (resident_id, group_code) values (?, ?)", groupRows);
    }
}
