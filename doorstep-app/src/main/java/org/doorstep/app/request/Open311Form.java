package org.doorstep.app.request;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reads the form of an Open311 "POST Service Request", attribute values as {@code attribute[code]=value}. */
final class Open311Form {

    private Open311Form() {}

    static NewServiceRequest read(MultiValueMap<String, String> form) {
        String serviceCode = text(form, "service_code");
        if (serviceCode == null) {
            throw new Open311Exception(400, "service_code is required");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("attribute[") && name.endsWith("]") && !values.isEmpty()) {
                attributes.put(name.substring("attribute[".length(), name.length() - 1), String.join(",", values));
            }
        });
        return new NewServiceRequest(
                serviceCode,
                number(form, "lat"),
                number(form, "long"),
                text(form, "address_string"),
                text(form, "address_id"),
                text(form, "zipcode"),
                text(form, "first_name"),
                text(form, "last_name"),
                text(form, "phone"),
                text(form, "email"),
                text(form, "description"),
                text(form, "media_url"),
                attributes);
    }

    private static @Nullable String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable Double number(MultiValueMap<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, name + ": " + value + " is not a number (WGS 84 degrees)");
        }
    }
}
