package org.doorstep.app.request;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The GeoReport v2 documents as ordered maps, with the specification's field names. Date-times are ISO 8601 in the
 * w3 profile with the China offset ({@code 2025-06-15T10:00:00+08:00}).
 */
final class Open311Documents {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Open311Documents() {}

    static String w3(OffsetDateTime time) {
        return time.atZoneSameInstant(CHINA).format(W3);
    }

    static Map<String, Object> discovery(String baseUrl, String changeset) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", baseUrl);
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put("contact", "Your community's service centre (社区服务中心)");
        discovery.put("key_service", "api_key is a Doorstep bearer token: POST /api/auth/token");
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }

    static Map<String, Object> service(ServiceType s) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", s.code());
        service.put("service_name", s.name());
        service.put("description", s.description());
        service.put("metadata", !s.attributes().isEmpty());
        service.put("type", "realtime");
        service.put("keywords", s.keywords());
        service.put("group", s.group());
        return service;
    }

    static Map<String, Object> definition(ServiceType s) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", s.code());
        definition.put(
                "attributes",
                s.attributes().stream().map(Open311Documents::attribute).toList());
        return definition;
    }

    private static Map<String, Object> attribute(ServiceType.Attribute a) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", a.code());
        attribute.put("datatype", a.datatype());
        attribute.put("required", a.required());
        attribute.put("datatype_description", a.datatypeDescription());
        attribute.put("order", a.order());
        attribute.put("description", a.description());
        if (a.isList()) {
            attribute.put(
                    "values", a.values().stream().map(Open311Documents::value).toList());
        }
        return attribute;
    }

    private static Map<String, Object> value(ServiceType.Value v) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", v.key());
        value.put("name", v.name());
        return value;
    }

    static Map<String, Object> request(ServiceRequest r, ServiceType service) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", Long.toString(r.id()));
        request.put("status", r.state().open311Status());
        request.put("status_notes", r.statusNotes());
        request.put("service_name", service.name());
        request.put("service_code", r.serviceCode());
        request.put("description", r.description());
        request.put("agency_responsible", r.agencyResponsible());
        request.put("service_notice", service.notice());
        request.put("requested_datetime", w3(r.requestedAt()));
        request.put("updated_datetime", w3(r.updatedAt()));
        request.put("expected_datetime", w3(r.expectedAt()));
        request.put("address", r.address());
        request.put("address_id", r.addressId());
        request.put("zipcode", r.zipcode());
        request.put("lat", r.lat());
        request.put("long", r.lon());
        request.put("media_url", r.mediaUrl());
        return request;
    }

    static Map<String, Object> receipt(RequestIntake.Receipt receipt) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", Long.toString(receipt.requestId()));
        created.put("service_notice", receipt.notice());
        created.put("account_id", Long.toString(receipt.accountId()));
        return created;
    }

    static Map<String, Object> error(int code, @Nullable String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }
}
