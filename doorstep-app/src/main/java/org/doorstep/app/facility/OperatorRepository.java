package org.doorstep.app.facility;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Operators and their qualifications in SQL; reads for a user take a condition on the operator row aliased {@code o}. */
@Repository
class OperatorRepository {

    private static final String SELECT = "select o.id, o.name, o.brand, o.credit_code, o.contact_phone,"
            + " o.contact_email, o.contact_address from operator o";

    private final JdbcClient jdbc;

    OperatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewOperator operator) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into operator (name, brand, credit_code, contact_phone, contact_email, contact_address)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(columns(operator))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceQualifications(id, operator.qualifications());
        return id;
    }

    void update(long id, NewOperator operator) {
        jdbc.sql("update operator set name = ?, brand = ?, credit_code = ?, contact_phone = ?, contact_email = ?,"
                        + " contact_address = ? where id = ?")
                .params(columns(operator))
                .param(id)
                .update();
        replaceQualifications(id, operator.qualifications());
    }

    /** The columns of {@code operator} after its id, in table order. */
    private static List<@Nullable Object> columns(NewOperator o) {
        return Arrays.asList(
                o.name(), o.brand(), o.creditCode(), o.contactPhone(), o.contactEmail(), o.contactAddress());
    }

    Optional<Operator> find(long id, ScopeSql.Condition scope) {
        return query(" where o.id = :id and " + scope.sql(), FacilitySql.with(scope, "id", id)).stream()
                .findFirst();
    }

    /** The operators a scope sees, those running a facility at or below a place when one is given, by name. */
    List<Operator> list(@Nullable Long placeId, ScopeSql.Condition scope) {
        if (placeId == null) {
            return query(" where " + scope.sql() + " order by o.name, o.id", scope.parameters());
        }
        String underPlace = " where exists (select 1 from facility pf where pf.operator_id = o.id and "
                + FacilitySql.underPlace("pf.community_id") + ") and " + scope.sql() + " order by o.name, o.id";
        return query(underPlace, FacilitySql.with(scope, "underPlace", placeId));
    }

    SortedSet<Long> runningAny(Collection<Long> facilityIds) {
        if (facilityIds.isEmpty()) {
            return new TreeSet<>();
        }
        return new TreeSet<>(jdbc.sql(
                        "select distinct operator_id from facility where id in (:ids)" + " and operator_id is not null")
                .param("ids", List.copyOf(facilityIds))
                .query(Long.class)
                .list());
    }

    Optional<Long> findIdByCreditCode(String creditCode) {
        return jdbc.sql("select id from operator where credit_code = ?")
                .param(creditCode)
                .query(Long.class)
                .optional();
    }

    private List<Operator> query(String where, Map<String, ?> parameters) {
        List<Operator> operators = jdbc.sql(SELECT + where)
                .params(parameters)
                .query((rs, row) -> new Operator(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("brand"),
                        rs.getString("credit_code"),
                        List.of(),
                        rs.getString("contact_phone"),
                        rs.getString("contact_email"),
                        rs.getString("contact_address")))
                .list();
        return operators.stream()
                .map(o -> o.withQualifications(qualifications(o.id())))
                .toList();
    }

    private List<Qualification> qualifications(long operatorId) {
        return jdbc.sql("select licence_kind, licence_number, valid_until from operator_qualification"
                        + " where operator_id = ? order by licence_kind, licence_number")
                .param(operatorId)
                .query((rs, row) -> new Qualification(
                        rs.getString("licence_kind"),
                        rs.getString("licence_number"),
                        rs.getObject("valid_until", java.time.LocalDate.class)))
                .list();
    }

    private void replaceQualifications(long operatorId, List<Qualification> qualifications) {
        jdbc.sql("delete from operator_qualification where operator_id = ?")
                .param(operatorId)
                .update();
        for (Qualification q : qualifications) {
            jdbc.sql("insert into operator_qualification (operator_id, licence_kind, licence_number, valid_until)"
                            + " values (?, ?, ?, ?)")
                    .params(operatorId, q.licenceKind(), q.licenceNumber(), q.validUntil())
                    .update();
        }
    }
}
