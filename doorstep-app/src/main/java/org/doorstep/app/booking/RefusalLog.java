package org.doorstep.app.booking;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refused bookings, without the resident: the service, the resident's community and the rule. */
@Repository
class RefusalLog {

    private final JdbcClient jdbc;

    RefusalLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long serviceId, long communityId, String rule, Instant at) {
        jdbc.sql("insert into booking_refusal (service_id, community_id, rule, refused_at) values (?, ?, ?, ?)")
                .params(serviceId, communityId, rule, Times.utc(at))
                .update();
    }
}
