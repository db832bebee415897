package org.doorstep.app.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services of {@code request_service} with their attributes, in their display order. */
@Repository
class RequestServiceCatalog {

    private final JdbcClient jdbc;

    RequestServiceCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceType> listServices() {
        Map<String, List<ServiceType.Attribute>> attributes = attributes();
        return jdbc.sql("select * from request_service order by sort_order, code")
                .query((rs, row) -> new ServiceType(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("service_group"),
                        rs.getString("keywords"),
                        rs.getInt("resolve_hours"),
                        rs.getString("service_notice"),
                        attributes.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<ServiceType> findService(String code) {
        return listServices().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The service, or an Open311 404 naming the code. */
    ServiceType getService(String code) {
        return findService(code)
                .orElseThrow(() -> new Open311Exception(404, "service_code " + code + " is not a service here"));
    }

    private Map<String, List<ServiceType.Attribute>> attributes() {
        Map<String, List<ServiceType.Value>> values = new LinkedHashMap<>();
        jdbc.sql("select * from request_service_attribute_value order by service_code, attribute_code, value_order")
                .query(rs -> {
                    values.computeIfAbsent(
                                    rs.getString("service_code") + "/" + rs.getString("attribute_code"),
                                    k -> new ArrayList<>())
                            .add(new ServiceType.Value(rs.getString("value_key"), rs.getString("value_name")));
                });
        Map<String, List<ServiceType.Attribute>> attributes = new LinkedHashMap<>();
        jdbc.sql("select * from request_service_attribute order by service_code, attribute_order, code")
                .query(rs -> {
                    String service = rs.getString("service_code");
                    attributes
                            .computeIfAbsent(service, k -> new ArrayList<>())
                            .add(new ServiceType.Attribute(
                                    rs.getString("code"),
                                    rs.getString("datatype"),
                                    rs.getBoolean("required"),
                                    rs.getString("description"),
                                    rs.getString("datatype_description"),
                                    rs.getInt("attribute_order"),
                                    values.getOrDefault(service + "/" + rs.getString("code"), List.of())));
                });
        return attributes;
    }
}
