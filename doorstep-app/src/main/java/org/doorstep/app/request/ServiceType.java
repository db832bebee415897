package org.doorstep.app.request;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kind of request Doorstep handles (an Open311 service), with its attributes and its service-level time.
 *
 * @param resolveHours hours from the request to its promised date ({@code expected_datetime})
 */
record ServiceType(
        String code,
        String name,
        String description,
        String group,
        String keywords,
        int resolveHours,
        @Nullable String notice,
        List<Attribute> attributes) {

    /** An Open311 attribute of a service definition; {@code values} only for the list datatypes. */
    record Attribute(
            String code,
            String datatype,
            boolean required,
            String description,
            @Nullable String datatypeDescription,
            int order,
            List<Value> values) {

        boolean isList() {
            return datatype.endsWith("valuelist");
        }
    }

    record Value(String key, String name) {}

    Duration serviceLevel() {
        return Duration.ofHours(resolveHours);
    }
}
