package org.doorstep.app.request;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The filters of Open311 "GET Service Requests": ids (which override all others), service codes, a time window
 * on {@code requested_datetime} (by default the last 90 days) and statuses, each comma-delimited as the
 * specification says. Turned into an SQL condition over {@code service_request sr}.
 */
record RequestQuery(
        List<Long> ids,
        List<String> serviceCodes,
        @Nullable OffsetDateTime start,
        @Nullable OffsetDateTime end,
        Set<RequestState> states) {

    static final java.time.Duration DEFAULT_WINDOW = java.time.Duration.ofDays(90);

    static RequestQuery parse(
            @Nullable String ids,
            @Nullable String serviceCodes,
            @Nullable String start,
            @Nullable String end,
            @Nullable String statuses) {
        List<Long> idList = new ArrayList<>();
        for (String id : split(ids)) {
            try {
                idList.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new Open311Exception(400, "service_request_id: " + id + " is not a request id");
            }
        }
        Set<RequestState> states = EnumSet.noneOf(RequestState.class);
        for (String status : split(statuses)) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw new Open311Exception(400, "status: " + status + " is neither open nor closed");
            }
            states.addAll(RequestState.ofOpen311Status(status));
        }
        return new RequestQuery(idList, split(serviceCodes), time("start_date", start), time("end_date", end), states);
    }

    /** The condition and its parameters, with the default window where neither date is given. */
    String condition(OffsetDateTime now, Map<String, Object> parameters) {
        if (!ids.isEmpty()) {
            parameters.put("ids", ids);
            return "sr.id in (:ids)";
        }
        StringBuilder where = new StringBuilder("1 = 1");
        if (!serviceCodes.isEmpty()) {
            where.append(" and sr.service_code in (:codes)");
            parameters.put("codes", serviceCodes);
        }
        OffsetDateTime from = start == null && end == null ? now.minus(DEFAULT_WINDOW) : start;
        if (from != null) {
            where.append(" and sr.requested_at >= :start");
            parameters.put("start", from);
        }
        if (end != null) {
            where.append(" and sr.requested_at <= :end");
            parameters.put("end", end);
        }
        if (!states.isEmpty()) {
            where.append(" and sr.state in (:states)");
            parameters.put("states", states.stream().map(Enum::name).toList());
        }
        return where.toString();
    }

    private static List<String> split(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable OffsetDateTime time(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An unencoded "+" of the offset arrives as a space.
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new Open311Exception(
                    400,
                    field + ": " + value + " is not a w3 date-time with an offset, such as"
                            + " 2025-06-15T10:00:00+08:00");
        }
    }
}
