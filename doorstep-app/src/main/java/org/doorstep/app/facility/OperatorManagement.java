package org.doorstep.app.facility;

import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Operators as users manage them. A user sees the operators running, or contracted for, the facilities it sees; an
 * administrator creates and changes any, an operator account changes the details of the operator running its own
 * facilities.
 */
@Service
class OperatorManagement {

    private final OperatorRepository operators;

    OperatorManagement(OperatorRepository operators) {
        this.operators = operators;
    }

    Operator getOperator(long id, AccessScope scope) {
        return operators.find(id, readable(scope)).orElseThrow(() -> notFound(id));
    }

    List<Operator> listOperators(@Nullable Long placeId, AccessScope scope) {
        return operators.list(placeId, readable(scope));
    }

    @Transactional
    public Operator createOperator(NewOperator operator, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        Faults.OfRequest faults = new Faults.OfRequest();
        check(operator, null, faults);
        faults.throwIfAny();
        return getOperator(operators.insert(operator), scope);
    }

    @Transactional
    public Operator updateOperator(long id, NewOperator operator, AccessScope scope) {
        scope.requireRole(Role.ADMIN, Role.OPERATOR);
        operators.find(id, editable(scope)).orElseThrow(() -> notFound(id));
        Faults.OfRequest faults = new Faults.OfRequest();
        check(operator, id, faults);
        faults.throwIfAny();
        operators.update(id, operator);
        return getOperator(id, scope);
    }

    /** Adds every fault of an operator to {@code faults}; {@code self} is its id when it is being changed. */
    void check(NewOperator operator, @Nullable Long self, Faults faults) {
        if (operator.name() == null
                || operator.name().isBlank()
                || operator.name().length() > 200) {
            faults.add("name", "a name of 1 to 200 characters is needed");
        }
        String code = operator.creditCode();
        if (code != null) {
            String problem = CreditCode.problem(code);
            Optional<Long> holder = problem == null ? operators.findIdByCreditCode(code) : Optional.empty();
            if (problem != null) {
                faults.add("creditCode", problem);
            } else if (holder.isPresent() && !holder.get().equals(self)) {
                faults.add("creditCode", "operator " + holder.get() + " already has credit code " + code);
            }
        }
        List<Qualification> qualifications = operator.qualifications();
        for (int i = 0; i < qualifications.size(); i++) {
            Qualification q = qualifications.get(i);
            if (q.licenceKind() == null
                    || q.licenceKind().isBlank()
                    || q.licenceNumber() == null
                    || q.licenceNumber().isBlank()) {
                faults.add("qualifications[" + i + "]", "a licence needs its kind and its number");
            }
        }
        String email = operator.contactEmail();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            faults.add("contactEmail", "'" + email + "' is not an e-mail address");
        }
    }

    /** What a scope may read: operators linked to a facility it may read, by running it or by a contract. */
    private static ScopeSql.Condition readable(AccessScope scope) {
        if (scope.isAdmin()) {
            return FacilityAccess.EVERY;
        }
        ScopeSql.Condition facility = FacilityAccess.readable(scope);
        String sql = "(exists (select 1 from facility f where f.operator_id = o.id and " + facility.sql() + ")"
                + " or exists (select 1 from site_contract sc join facility f on f.id = sc.facility_id"
                + " where sc.operator_id = o.id and " + facility.sql() + "))";
        return new ScopeSql.Condition(sql, facility.parameters());
    }

    /** What a scope may change: any operator for an administrator, the one running its facilities for an operator. */
    private static ScopeSql.Condition editable(AccessScope scope) {
        if (scope.isAdmin()) {
            return FacilityAccess.EVERY;
        }
        ScopeSql.Condition facility = ScopeSql.facilityIn(scope, "f.id");
        return new ScopeSql.Condition(
                "exists (select 1 from facility f where f.operator_id = o.id and " + facility.sql() + ")",
                facility.parameters());
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no operator " + id);
    }
}
