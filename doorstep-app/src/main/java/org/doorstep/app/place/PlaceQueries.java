package org.doorstep.app.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads and boundary writes behind the place API that other modules do not need, so that {@link Places} stays the
 * small public surface.
 */
@Repository
class PlaceQueries {

    private final JdbcClient jdbc;
    private final Places places;

    PlaceQueries(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** The places above a place, from its city down to its parent: a breadcrumb. */
    List<Place> listAncestors(Place place) {
        List<Place> ancestors = new ArrayList<>();
        for (Long id : new Long[] {place.cityId(), place.districtId(), place.streetId()}) {
            if (id != null) {
                places.findPlace(id).ifPresent(ancestors::add);
            }
        }
        return ancestors;
    }

    List<Compound> listCompounds(long communityId) {
        return jdbc.sql("select c.id, c.community_id, c.name, c.boundary_geojson,"
                        + " (select count(*) from building b where b.compound_id = c.id) as buildings"
                        + " from compound c where c.community_id = ? order by c.name, c.id")
                .param(communityId)
                .query((rs, row) -> new Compound(
                        rs.getLong("id"),
                        rs.getLong("community_id"),
                        rs.getString("name"),
                        rs.getString("boundary_geojson"),
                        rs.getInt("buildings")))
                .list();
    }

    List<Building> listBuildings(long communityId) {
        return jdbc.sql("select " + Places.BUILDING_COLUMNS + " from building where community_id = ? order by id")
                .param(communityId)
                .query(Places::building)
                .list();
    }

    /** Every community at or below a place with its street's code and its boundary (null where unknown), by id. */
    List<CommunityArea> listCommunityAreas(long placeId) {
        return jdbc.sql("select c.id, c.code, c.name, p.code as parent_code, c.boundary_geojson, c.centre_lon,"
                        + " c.centre_lat from place c left join place p on p.id = c.parent_id"
                        + " where c.level = 'COMMUNITY' and (c.id = :p or c.street_id = :p or c.district_id = :p"
                        + " or c.city_id = :p) order by c.id")
                .param("p", placeId)
                .query((rs, row) -> new CommunityArea(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("parent_code"),
                        rs.getString("boundary_geojson"),
                        rs.getObject("centre_lon", Double.class),
                        rs.getObject("centre_lat", Double.class)))
                .list();
    }

    /** The ids of the places whose code starts with a prefix, by code: what an import would find already there. */
    Map<String, Long> idsByCodePrefix(String prefix) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code from place where code like :prefix")
                .param("prefix", prefix + "%")
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** Sets a place's boundary (a GeoJSON geometry) and its centre, the boundary's centroid. */
    void setBoundary(long placeId, String boundaryGeoJson, double centreLon, double centreLat) {
        jdbc.sql("update place set boundary_geojson = ?, centre_lon = ?, centre_lat = ? where id = ?")
                .params(boundaryGeoJson, centreLon, centreLat, placeId)
                .update();
    }
}
