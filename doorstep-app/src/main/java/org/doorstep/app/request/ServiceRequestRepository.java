package org.doorstep.app.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.ScopeSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Service requests, their attributes, "+1"s and state history; reads take the reader's condition. */
@Repository
class ServiceRequestRepository {

    /** Where a new request goes, decided before it is stored. */
    record Placement(
            @Nullable Long communityId,
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable Long operatorId,
            @Nullable String department,
            @Nullable String agency) {}

    /** The reporter's contact details, encrypted. */
    record EncryptedReporter(@Nullable String name, @Nullable String phone, @Nullable String email) {}

    private final JdbcClient jdbc;

    ServiceRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            NewServiceRequest r,
            Placement placement,
            long reporterUserId,
            EncryptedReporter reporter,
            OffsetDateTime now,
            OffsetDateTime expected) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into service_request (service_code, state, description, lat, lon, address, address_id,"
                        + " zipcode, community_id, media_url, requested_at, updated_at, expected_at, agency_responsible,"
                        + " operator_id, department, reporter_user_id, reporter_name_encrypted, reporter_phone_encrypted,"
                        + " reporter_email_encrypted) values (?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)")
                .params(
                        r.serviceCode(),
                        r.description(),
                        placement.lat(),
                        placement.lon(),
                        r.addressString(),
                        r.addressId(),
                        r.zipcode(),
                        placement.communityId(),
                        r.mediaUrl(),
                        now,
                        now,
                        expected,
                        placement.agency(),
                        placement.operatorId(),
                        placement.department(),
                        reporterUserId,
                        reporter.name(),
                        reporter.phone(),
                        reporter.email())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        r.attributes().forEach((code, value) -> jdbc.sql(
                        "insert into service_request_attribute (request_id, code, attribute_value) values (?, ?, ?)")
                .params(id, code, value)
                .update());
        return id;
    }

    Optional<ServiceRequest> find(long id, ScopeSql.Condition readable) {
        return list("sr.id = :id", Map.of("id", id), readable).stream().findFirst();
    }

    /** The requests matching a condition that the reader may see, newest first, at most {@code 1000}. */
    List<ServiceRequest> list(String condition, Map<String, ?> parameters, ScopeSql.Condition readable) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(readable.parameters());
        List<ServiceRequest> found = jdbc.sql("select sr.* from service_request sr where " + condition + " and "
                        + readable.sql() + " order by sr.requested_at desc, sr.id desc limit 1000")
                .params(all)
                .query(ServiceRequestRepository::request)
                .list();
        if (found.isEmpty()) {
            return found;
        }
        // The attributes of every request found in one query, not one per request.
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        jdbc.sql("select request_id, code, attribute_value from service_request_attribute where request_id in (:ids)"
                        + " order by request_id, code")
                .param("ids", found.stream().map(ServiceRequest::id).toList())
                .query(rs -> {
                    attributes
                            .computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getString(3));
                });
        return found.stream()
                .map(r -> withAttributes(r, attributes.getOrDefault(r.id(), Map.of())))
                .toList();
    }

    EncryptedReporter reporter(long id) {
        return jdbc.sql("select reporter_name_encrypted, reporter_phone_encrypted, reporter_email_encrypted"
                        + " from service_request where id = ?")
                .param(id)
                .query((rs, row) -> new EncryptedReporter(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    /** Adds a "+1" of a user once; false if the user had already given one or is the reporter. */
    boolean addSupporter(long requestId, long userId, OffsetDateTime at) {
        boolean known = jdbc.sql("select count(*) from service_request_supporter where request_id = ? and user_id = ?")
                                .params(requestId, userId)
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from service_request where id = ? and reporter_user_id = ?")
                                .params(requestId, userId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into service_request_supporter (request_id, user_id, supported_at) values (?, ?, ?)")
                .params(requestId, userId, at)
                .update();
        jdbc.sql("update service_request set supporters = supporters + 1, updated_at = ? where id = ?")
                .params(at, requestId)
                .update();
        return true;
    }

    /** Moves a request on, if it is still in the state it was read in; false when someone else moved it first. */
    boolean transition(ServiceRequest r, RequestState to, @Nullable String notes, String actor, OffsetDateTime at) {
        int changed = jdbc.sql("update service_request set state = ?, status_notes = coalesce(?, status_notes),"
                        + " updated_at = ? where id = ? and state = ?")
                .params(to.name(), notes, at, r.id(), r.state().name())
                .update();
        if (changed == 1) {
            jdbc.sql("insert into service_request_event (request_id, at, from_state, to_state, actor, note)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(r.id(), at, r.state().name(), to.name(), actor, notes)
                    .update();
        }
        return changed == 1;
    }

    void renewPromise(long id, OffsetDateTime expected) {
        jdbc.sql("update service_request set expected_at = ? where id = ?")
                .params(expected, id)
                .update();
    }

    void assign(long id, long operatorId, String agency) {
        jdbc.sql("update service_request set operator_id = ?, agency_responsible = ? where id = ?")
                .params(operatorId, agency, id)
                .update();
    }

    private static ServiceRequest withAttributes(ServiceRequest r, Map<String, String> attributes) {
        return new ServiceRequest(
                r.id(),
                r.serviceCode(),
                r.state(),
                r.description(),
                r.lat(),
                r.lon(),
                r.address(),
                r.addressId(),
                r.zipcode(),
                r.communityId(),
                r.mediaUrl(),
                r.requestedAt(),
                r.updatedAt(),
                r.expectedAt(),
                r.statusNotes(),
                r.agencyResponsible(),
                r.operatorId(),
                r.department(),
                r.reporterUserId(),
                r.supporters(),
                attributes);
    }

    private static ServiceRequest request(ResultSet rs, int row) throws SQLException {
        return new ServiceRequest(
                rs.getLong("id"),
                rs.getString("service_code"),
                RequestState.valueOf(rs.getString("state")),
                rs.getString("description"),
                rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class),
                rs.getString("address"),
                rs.getString("address_id"),
                rs.getString("zipcode"),
                rs.getObject("community_id", Long.class),
                rs.getString("media_url"),
                rs.getObject("requested_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("expected_at", OffsetDateTime.class),
                rs.getString("status_notes"),
                rs.getString("agency_responsible"),
                rs.getObject("operator_id", Long.class),
                rs.getString("department"),
                rs.getObject("reporter_user_id", Long.class),
                rs.getInt("supporters"),
                Map.of());
    }
}
