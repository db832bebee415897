package org.doorstep.app.request;

import java.util.List;
import org.doorstep.app.facility.FacilityService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Routing by service and place: of the rules for the service, the one of the request's community wins, then its
 * street's, district's, city's, then a rule for anywhere (no place).
 */
@Component
class RequestRouting {

    /** Where a request goes: an operator (with its name as the agency responsible) or a department. */
    record Route(@Nullable Long operatorId, @Nullable String department, @Nullable String agency) {
        static final Route NONE = new Route(null, null, null);
    }

    private final JdbcClient jdbc;
    private final FacilityService facilities;

    RequestRouting(JdbcClient jdbc, FacilityService facilities) {
        this.jdbc = jdbc;
        this.facilities = facilities;
    }

    Route route(String serviceCode, @Nullable Long communityId) {
        List<Route> routes = jdbc.sql("select r.operator_id, r.department from request_routing_rule r"
                        + " left join place c on c.id = :community where r.service_code = :code and (r.place_id is null"
                        + " or r.place_id in (c.id, c.street_id, c.district_id, c.city_id)) order by case"
                        + " when r.place_id is null then 5 when r.place_id = c.id then 1"
                        + " when r.place_id = c.street_id then 2 when r.place_id = c.district_id then 3 else 4 end")
                .param("community", communityId)
                .param("code", serviceCode)
                .query((rs, row) -> new Route(rs.getObject(1, Long.class), rs.getString(2), null))
                .list();
        if (routes.isEmpty()) {
            return Route.NONE;
        }
        Route route = routes.get(0);
        String agency = route.operatorId() == null
                ? route.department()
                : facilities.findOperatorName(route.operatorId()).orElse(null);
        return new Route(route.operatorId(), route.department(), agency);
    }

    /** Adds or replaces the rule of a service at a place (null: anywhere). */
    void setRule(String serviceCode, @Nullable Long placeId, @Nullable Long operatorId, @Nullable String department) {
        if (placeId == null) {
            jdbc.sql("delete from request_routing_rule where service_code = ? and place_id is null")
                    .param(serviceCode)
                    .update();
        } else {
            jdbc.sql("delete from request_routing_rule where service_code = ? and place_id = ?")
                    .params(serviceCode, placeId)
                    .update();
        }
        jdbc.sql("insert into request_routing_rule (service_code, place_id, operator_id, department)"
                        + " values (?, ?, ?, ?)")
                .params(serviceCode, placeId, operatorId, department)
                .update();
    }
}
