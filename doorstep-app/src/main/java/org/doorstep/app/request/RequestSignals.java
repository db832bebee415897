package org.doorstep.app.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.doorstep.app.place.PlaceSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Requests as a planning signal, system-level and unsuppressed: per community at or below a place, how many
 * requests came in over a period, and how many of those are open and overdue now. Whatever shows it to planners
 * suppresses small counts.
 */
@Service
public class RequestSignals {

    /**
     * One community's figures.
     *
     * @param received requests made in the period
     * @param open of those, still open now
     * @param overdue of those, open past their promised date now
     */
    public record CommunityRequests(long communityId, long received, long open, long overdue) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    RequestSignals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Communities with requests in {@code [from, to)}, by community id. */
    public List<CommunityRequests> byCommunity(long placeId, OffsetDateTime from, OffsetDateTime to) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql("select sr.community_id, count(*), sum(case when sr.state not in ('RESOLVED', 'CLOSED')"
                        + " then 1 else 0 end), sum(case when sr.state not in ('RESOLVED', 'CLOSED')"
                        + " and sr.expected_at < :now then 1 else 0 end) from service_request sr"
                        + " where sr.requested_at >= :from and sr.requested_at < :to and "
                        + PlaceSql.atOrBelow("sr.community_id", "place")
                        + " group by sr.community_id order by sr.community_id")
                .param("now", now)
                .param("from", from)
                .param("to", to)
                .param("place", placeId)
                .query((rs, row) -> new CommunityRequests(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
