package org.doorstep.app.request;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An Open311 "POST Service Request" as received: {@code service_code}, a location ({@code lat}/{@code long},
 * {@code address_string} or {@code address_id}), the reporter's optional contact details and the attribute values
 * ({@code attribute[code]}).
 */
record NewServiceRequest(
        String serviceCode,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String addressString,
        @Nullable String addressId,
        @Nullable String zipcode,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String description,
        @Nullable String mediaUrl,
        Map<String, String> attributes) {

    NewServiceRequest {
        attributes = Map.copyOf(attributes);
    }

    @Nullable
    String reporterName() {
        String name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName)).strip();
        return name.isEmpty() ? null : name;
    }
}
