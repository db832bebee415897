package org.doorstep.app.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What bookings say to planning: per community where the residents live, how many bookings were waitlisted and how
 * many refused over a period. A system-level read (no scope, no individuals): planning's own API decides who sees it.
 */
@Service
public class BookingSignals {

    private final JdbcClient jdbc;

    BookingSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Communities with any waitlisted or refused booking in {@code [from, to)}, by community id. */
    public List<CommunityDemand> demandByCommunity(Instant from, Instant to) {
        Map<Long, int[]> counts = new TreeMap<>();
        jdbc.sql(
                        "select community_id, count(*), sum(case when status = 'WAITLISTED' then 1 else 0 end) from booking"
                                + " where waitlist_seq is not null and created_at >= ? and created_at < ? group by community_id")
                .params(Times.utc(from), Times.utc(to))
                .query((rs, n) -> {
                    int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[3]);
                    c[0] = rs.getInt(2);
                    c[1] = rs.getInt(3);
                    return c;
                })
                .list();
        jdbc.sql("select community_id, count(*) from booking_refusal where refused_at >= ? and refused_at < ?"
                        + " group by community_id")
                .params(Times.utc(from), Times.utc(to))
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new int[3])[2] = rs.getInt(2))
                .list();
        return counts.entrySet().stream()
                .map(e -> new CommunityDemand(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }
}
