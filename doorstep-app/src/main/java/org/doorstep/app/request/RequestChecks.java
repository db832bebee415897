package org.doorstep.app.request;

import java.util.Map;

/** The checks of a new request against its service's definition, each refusal naming the field. */
final class RequestChecks {

    private static final int MAX_DESCRIPTION = 4000;

    private RequestChecks() {}

    static void check(ServiceType service, NewServiceRequest r) {
        boolean hasPoint = r.lat() != null && r.lon() != null;
        if (!hasPoint && isBlank(r.addressString()) && isBlank(r.addressId())) {
            throw bad("a location is required: lat and long, address_string or address_id");
        }
        if ((r.lat() == null) != (r.lon() == null)) {
            throw bad("lat and long go together: one of them is missing");
        }
        if (hasPoint && (Math.abs(r.lat()) > 90 || Math.abs(r.lon()) > 180)) {
            throw bad("lat must lie in -90..90 and long in -180..180 (WGS 84 degrees)");
        }
        if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
            throw bad("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        checkAttributes(service, r.attributes());
    }

    private static void checkAttributes(ServiceType service, Map<String, String> values) {
        for (String code : values.keySet()) {
            if (service.attributes().stream().noneMatch(a -> a.code().equals(code))) {
                throw bad("attribute[" + code + "] is not an attribute of service " + service.code());
            }
        }
        for (ServiceType.Attribute attribute : service.attributes()) {
            String value = values.get(attribute.code());
            if (value == null || value.isBlank()) {
                if (attribute.required()) {
                    throw bad("attribute[" + attribute.code() + "] is required: " + attribute.description());
                }
            } else if (attribute.isList()
                    && attribute.values().stream().noneMatch(v -> v.key().equals(value))) {
                throw bad("attribute[" + attribute.code() + "] must be one of the keys "
                        + attribute.values().stream()
                                .map(ServiceType.Value::key)
                                .toList());
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Open311Exception bad(String description) {
        return new Open311Exception(400, description);
    }
}
