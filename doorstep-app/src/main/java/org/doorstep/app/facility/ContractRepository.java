package org.doorstep.app.facility;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Site-for-service contracts and their capped prices in SQL; reads take a condition on the facility aliased {@code f}. */
@Repository
class ContractRepository {

    private static final String SELECT = "select sc.id, sc.facility_id, f.name as facility_name, sc.operator_id,"
            + " o.name as operator_name, sc.space_granted_m2, sc.obligations, sc.capped_prices, sc.term_start,"
            + " sc.term_end from site_contract sc join facility f on f.id = sc.facility_id"
            + " join operator o on o.id = sc.operator_id";

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ContractRequest contract, List<PriceCap> caps) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into site_contract (facility_id, operator_id, space_granted_m2, obligations, capped_prices,"
                        + " term_start, term_end) values (?, ?, ?, ?, ?, ?, ?)")
                .params(columns(contract))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceCaps(id, caps);
        return id;
    }

    void update(long id, ContractRequest contract, List<PriceCap> caps) {
        jdbc.sql("update site_contract set facility_id = ?, operator_id = ?, space_granted_m2 = ?, obligations = ?,"
                        + " capped_prices = ?, term_start = ?, term_end = ? where id = ?")
                .params(columns(contract))
                .param(id)
                .update();
        replaceCaps(id, caps);
    }

    /** The columns of {@code site_contract} after its id, in table order. */
    private static List<@Nullable Object> columns(ContractRequest c) {
        return Arrays.asList(
                c.facilityId(),
                c.operatorId(),
                c.spaceGranted_m2(),
                c.obligations(),
                c.cappedPrices(),
                c.termStart(),
                c.termEnd());
    }

    Optional<Contract> find(long id, ScopeSql.Condition scope, LocalDate today) {
        return query(" where sc.id = :id and " + scope.sql(), FacilitySql.with(scope, "id", id), today).stream()
                .findFirst();
    }

    /** The contracts a scope sees, of one facility or of the facilities at or below a place when given, by id. */
    List<Contract> list(@Nullable Long placeId, @Nullable Long facilityId, ScopeSql.Condition scope, LocalDate today) {
        StringBuilder where = new StringBuilder(" where ").append(scope.sql());
        Map<String, Object> parameters = FacilitySql.with(scope, "facility", facilityId == null ? -1L : facilityId);
        if (facilityId != null) {
            where.append(" and sc.facility_id = :facility");
        }
        if (placeId != null) {
            where.append(" and ").append(FacilitySql.underPlace("f.community_id"));
            parameters.put("underPlace", placeId);
        }
        return query(where + " order by sc.id", parameters, today);
    }

    private List<Contract> query(String where, Map<String, ?> parameters, LocalDate today) {
        return jdbc.sql(SELECT + where)
                .params(parameters)
                .query((rs, row) -> contract(rs, today))
                .list();
    }

    private Contract contract(ResultSet rs, LocalDate today) throws SQLException {
        long id = rs.getLong("id");
        LocalDate start = rs.getObject("term_start", LocalDate.class);
        LocalDate end = rs.getObject("term_end", LocalDate.class);
        return new Contract(
                id,
                rs.getLong("facility_id"),
                rs.getString("facility_name"),
                rs.getLong("operator_id"),
                rs.getString("operator_name"),
                rs.getDouble("space_granted_m2"),
                rs.getString("obligations"),
                rs.getString("capped_prices"),
                caps(id),
                start,
                end,
                ContractStatus.on(today, start, end));
    }

    private List<PriceCap> caps(long contractId) {
        return jdbc.sql("select item, max_price_fen, unit from site_contract_price where contract_id = ? order by item")
                .param(contractId)
                .query((rs, row) -> new PriceCap(
                        rs.getString("item"), BigDecimal.valueOf(rs.getLong("max_price_fen"), 2), rs.getString("unit")))
                .list();
    }

    private void replaceCaps(long contractId, List<PriceCap> caps) {
        jdbc.sql("delete from site_contract_price where contract_id = ?")
                .param(contractId)
                .update();
        for (PriceCap cap : caps) {
            jdbc.sql("insert into site_contract_price (contract_id, item, max_price_fen, unit) values (?, ?, ?, ?)")
                    .params(
                            contractId,
                            cap.item(),
                            cap.maxPrice_yuan().movePointRight(2).longValueExact(),
                            cap.unit())
                    .update();
        }
    }
}
