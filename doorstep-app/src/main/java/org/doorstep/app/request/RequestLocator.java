package org.doorstep.app.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a request is: its community and point, and the open request of the same service nearby that it duplicates.
 *
 * <p>Reads the shared spine's {@code building} and {@code place} tables. A numeric {@code address_id} is a Doorstep
 * building id; otherwise the request belongs to the community whose centre is nearest its point (an approximation
 * until community boundaries are tested point-in-polygon).
 */
@Component
class RequestLocator {

    /** A request this close to an open one of the same service is its duplicate. */
    static final double DUPLICATE_RADIUS_M = 50;

    static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofDays(7);

    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    /** A point with its community. */
    record Location(@Nullable Long communityId, @Nullable Double lat, @Nullable Double lon) {}

    private final JdbcClient jdbc;

    RequestLocator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Location locate(NewServiceRequest r) {
        Optional<Location> building = building(r.addressId());
        if (building.isPresent()) {
            Location b = building.get();
            return new Location(
                    b.communityId(), r.lat() != null ? r.lat() : b.lat(), r.lon() != null ? r.lon() : b.lon());
        }
        if (r.lat() == null || r.lon() == null) {
            return new Location(null, null, null);
        }
        return new Location(nearestCommunity(r.lat(), r.lon()), r.lat(), r.lon());
    }

    /** The oldest open request of the service within the radius and window, if any. */
    Optional<Long> findDuplicate(String serviceCode, Location at, OffsetDateTime now) {
        if (at.lat() == null || at.lon() == null) {
            return Optional.empty();
        }
        double dLat = DUPLICATE_RADIUS_M / METRES_PER_DEGREE_LAT;
        double dLon = dLat / Math.max(0.01, StrictMath.cos(StrictMath.toRadians(at.lat())));
        List<double[]> near = jdbc.sql("select id, lat, lon from service_request where service_code = :code"
                        + " and state not in ('RESOLVED', 'CLOSED') and requested_at >= :since"
                        + " and lat between :s and :n and lon between :w and :e order by requested_at, id")
                .param("code", serviceCode)
                .param("since", now.minus(DUPLICATE_WINDOW))
                .param("s", at.lat() - dLat)
                .param("n", at.lat() + dLat)
                .param("w", at.lon() - dLon)
                .param("e", at.lon() + dLon)
                .query((rs, row) -> new double[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3)})
                .list();
        return near.stream()
                .filter(c -> distance_m(at.lat(), at.lon(), c[1], c[2]) <= DUPLICATE_RADIUS_M)
                .map(c -> (long) c[0])
                .findFirst();
    }

    /** Great-circle distance by the haversine formula. */
    static double distance_m(double lat1, double lon1, double lat2, double lon2) {
        double p1 = StrictMath.toRadians(lat1);
        double p2 = StrictMath.toRadians(lat2);
        double dp = p2 - p1;
        double dl = StrictMath.toRadians(lon2 - lon1);
        double a = StrictMath.sin(dp / 2) * StrictMath.sin(dp / 2)
                + StrictMath.cos(p1) * StrictMath.cos(p2) * StrictMath.sin(dl / 2) * StrictMath.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.sqrt(a));
    }

    private Optional<Location> building(@Nullable String addressId) {
        if (addressId == null || !addressId.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("select community_id, lat, lon from building where id = ?")
                .param(Long.parseLong(addressId.strip()))
                .query((rs, row) -> new Location(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
                .optional();
    }

    private @Nullable Long nearestCommunity(double lat, double lon) {
        double shrink = StrictMath.cos(StrictMath.toRadians(lat));
        return jdbc.sql("select id from place where level = 'COMMUNITY' and centre_lat is not null"
                        + " and centre_lon is not null order by (centre_lat - :lat) * (centre_lat - :lat)"
                        + " + (centre_lon - :lon) * (centre_lon - :lon) * :k, id limit 1")
                .param("lat", lat)
                .param("lon", lon)
                .param("k", shrink * shrink)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
