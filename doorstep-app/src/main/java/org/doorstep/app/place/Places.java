package org.doorstep.app.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place hierarchy as other modules use it: look places up by id or code, list what lies below, add places and
 * buildings. Place names, codes and boundaries are not personal data, so these reads take no scope; what is inside a
 * place (residents, facilities) is scoped by the modules that own it.
 */
@Service
public class Places {

    static final String COLUMNS =
            "id, level, code, name, parent_id, city_id, district_id, street_id, centre_lon, centre_lat";

    static final String BUILDING_COLUMNS = "id, community_id, compound_id, osm_ref, name, address, lon, lat,"
            + " footprint_geojson, floors, has_lift, year_built, residential_floor_area_m2";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every city, by name. */
    public List<Place> listCities() {
        return jdbc.sql("select " + COLUMNS + " from place where level = 'CITY' order by name, id")
                .query(Places::place)
                .list();
    }

    /** Every building of the communities at or below a place, by id (footprints included). */
    public List<Building> listBuildingsUnder(long placeId) {
        return jdbc.sql("select " + BUILDING_COLUMNS + " from building where " + PlaceSql.atOrBelow("community_id", "p")
                        + " order by id")
                .param("p", placeId)
                .query(Places::building)
                .list();
    }

    /** One building, footprint included. */
    public Optional<Building> findBuilding(long id) {
        return jdbc.sql("select " + BUILDING_COLUMNS + " from building where id = ?")
                .param(id)
                .query(Places::building)
                .optional();
    }

    public Optional<Place> findPlace(long id) {
        return jdbc.sql("select " + COLUMNS + " from place where id = ?")
                .param(id)
                .query(Places::place)
                .optional();
    }

    public Optional<Place> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from place where code = ?")
                .param(code)
                .query(Places::place)
                .optional();
    }

    /** The places directly below a place, by name then id. */
    public List<Place> listChildren(long parentId) {
        return jdbc.sql("select " + COLUMNS + " from place where parent_id = ? order by name, id")
                .param(parentId)
                .query(Places::place)
                .list();
    }

    /** Every community at or below a place, by id. */
    public List<Place> listCommunitiesUnder(long placeId) {
        return jdbc.sql("select " + COLUMNS + " from place where level = 'COMMUNITY' and (id = :p or street_id = :p"
                        + " or district_id = :p or city_id = :p) order by id")
                .param("p", placeId)
                .query(Places::place)
                .list();
    }

    /** Which of these OpenStreetMap references (w123, r123) already name a registered building. */
    public Set<String> findRegisteredOsmRefs(Collection<String> osmRefs) {
        Set<String> registered = new HashSet<>();
        List<String> refs = List.copyOf(osmRefs);
        for (int from = 0; from < refs.size(); from += 1_000) {
            registered.addAll(jdbc.sql("select osm_ref from building where osm_ref in (:refs)")
                    .param("refs", refs.subList(from, Math.min(refs.size(), from + 1_000)))
                    .query(String.class)
                    .list());
        }
        return registered;
    }

    /** The boundary of a place as a GeoJSON geometry, if it has one. */
    public Optional<String> boundary(long placeId) {
        return jdbc.sql("select boundary_geojson from place where id = ? and boundary_geojson is not null")
                .param(placeId)
                .query(String.class)
                .optional();
    }

    /**
     * The boundary of a place as a JTS geometry in degrees (a Polygon or MultiPolygon, x = longitude), if it has a
     * valid one.
     */
    public Optional<Geometry> boundaryGeometry(long placeId) {
        return boundary(placeId).flatMap(text -> {
            try {
                List<String> faults = new ArrayList<>();
                GeoJsonGeometry.Boundary read = GeoJsonGeometry.read(JSON.readTree(text), faults);
                return Optional.ofNullable(read).map(GeoJsonGeometry.Boundary::geometry);
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Adds a place below its parent, filling the denormalised ancestor columns; the parent must be exactly one level
     * up. Returns the new id.
     */
    @Transactional
    public long addPlace(NewPlace place) {
        @Nullable Place parent = null;
        if (place.parentId() != null) {
            parent = findPlace(place.parentId())
                    .orElseThrow(() -> new IllegalArgumentException("no place " + place.parentId()));
            if (parent.level().child() != place.level()) {
                throw new IllegalArgumentException(
                        "a " + place.level() + " cannot lie directly below a " + parent.level());
            }
        } else if (place.level() != PlaceLevel.CITY) {
            throw new IllegalArgumentException("a " + place.level() + " needs a parent place");
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into place (level, code, name, parent_id, city_id, district_id, street_id, boundary_geojson,"
                        + " centre_lon, centre_lat) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        place.level().name(),
                        place.code(),
                        place.name(),
                        place.parentId(),
                        ancestor(parent, PlaceLevel.CITY),
                        ancestor(parent, PlaceLevel.DISTRICT),
                        ancestor(parent, PlaceLevel.STREET),
                        place.boundaryGeoJson(),
                        place.centreLon(),
                        place.centreLat())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Adds buildings in one batch; returns their ids in the order given. */
    @Transactional
    public List<Long> addBuildings(List<NewBuilding> buildings) {
        List<Long> ids = new ArrayList<>(buildings.size());
        for (NewBuilding b : buildings) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into building (community_id, compound_id, osm_ref, name, address, lon, lat,"
                            + " footprint_geojson, floors, has_lift, year_built, residential_floor_area_m2)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            b.communityId(),
                            b.compoundId(),
                            b.osmRef(),
                            b.name(),
                            b.address(),
                            b.lon(),
                            b.lat(),
                            b.footprintGeoJson(),
                            b.floors(),
                            b.hasLift(),
                            b.yearBuilt(),
                            b.residentialFloorArea_m2())
                    .update(keys, "id");
            ids.add(keys.getKeyAs(Long.class));
        }
        return ids;
    }

    private static @Nullable Long ancestor(@Nullable Place parent, PlaceLevel level) {
        if (parent == null) {
            return null;
        }
        if (parent.level() == level) {
            return parent.id();
        }
        return switch (level) {
            case CITY -> parent.cityId();
            case DISTRICT -> parent.districtId();
            case STREET -> parent.streetId();
            case COMMUNITY -> null;
        };
    }

    static Building building(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Building(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getObject("compound_id", Long.class),
                rs.getString("osm_ref"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getString("footprint_geojson"),
                rs.getObject("floors", Integer.class),
                rs.getObject("has_lift", Boolean.class),
                rs.getObject("year_built", Integer.class),
                rs.getObject("residential_floor_area_m2", Double.class));
    }

    static Place place(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Place(
                rs.getLong("id"),
                PlaceLevel.valueOf(rs.getString("level")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("parent_id", Long.class),
                rs.getObject("city_id", Long.class),
                rs.getObject("district_id", Long.class),
                rs.getObject("street_id", Long.class),
                rs.getObject("centre_lon", Double.class),
                rs.getObject("centre_lat", Double.class));
    }
}
