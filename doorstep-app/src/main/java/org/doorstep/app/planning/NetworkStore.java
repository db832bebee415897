package org.doorstep.app.planning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.doorstep.engine.graph.WalkGraph;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The walking graph of each city, kept in {@code city_network}. */
@Repository
class NetworkStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores (or replaces) a city's graph. */
    void save(long cityId, WalkGraph graph, String source) {
        jdbc.sql("delete from city_network where city_id = ?").param(cityId).update();
        jdbc.sql("insert into city_network (city_id, format, node_count, edge_count, source, created_at, data)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        cityId,
                        WalkGraphCodec.FORMAT,
                        graph.nodeCount(),
                        graph.edgeCount(),
                        source,
                        OffsetDateTime.now(clock),
                        WalkGraphCodec.encode(graph))
                .update();
    }

    /** When and from what a stored graph was made: a cheap check whether a decoded copy is still current. */
    record Version(OffsetDateTime createdAt, String source) {}

    Optional<Version> findVersion(long cityId) {
        return jdbc.sql("select created_at, source from city_network where city_id = ?")
                .param(cityId)
                .query((rs, row) ->
                        new Version(rs.getObject("created_at", OffsetDateTime.class), rs.getString("source")))
                .optional();
    }

    Optional<WalkGraph> find(long cityId) {
        return jdbc.sql("select data from city_network where city_id = ?")
                .param(cityId)
                .query((rs, row) -> rs.getBytes("data"))
                .optional()
                .map(WalkGraphCodec::decode);
    }
}
