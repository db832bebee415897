package org.doorstep.app.facility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The capacity rows of facilities ({@code facility_capacity}), one per service kind. */
@Repository
class CapacityRepository {

    /** Ids per {@code in (...)} list: well under PostgreSQL's 32,767 bind parameters. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    CapacityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces a facility's capacity rows with these. */
    void replace(long facilityId, List<ServiceCapacity> capacity) {
        jdbc.sql("delete from facility_capacity where facility_id = ?")
                .param(facilityId)
                .update();
        for (ServiceCapacity c : capacity) {
            jdbc.sql("insert into facility_capacity (facility_id, service_kind, places) values (?, ?, ?)")
                    .params(facilityId, c.serviceKind(), c.places())
                    .update();
        }
    }

    /** The facilities with their capacity rows filled in, by service kind, in the order given. */
    List<Facility> attach(List<Facility> facilities) {
        Map<Long, List<ServiceCapacity>> byFacility = new HashMap<>();
        List<Long> ids = facilities.stream().map(Facility::id).toList();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select facility_id, service_kind, places from facility_capacity where facility_id in (:ids)"
                            + " order by facility_id, service_kind")
                    .param("ids", chunk)
                    .query(rs -> {
                        byFacility
                                .computeIfAbsent(rs.getLong("facility_id"), id -> new ArrayList<>())
                                .add(new ServiceCapacity(rs.getString("service_kind"), rs.getInt("places")));
                    });
        }
        return facilities.stream()
                .map(f -> f.withCapacity(byFacility.getOrDefault(f.id(), List.of())))
                .toList();
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
