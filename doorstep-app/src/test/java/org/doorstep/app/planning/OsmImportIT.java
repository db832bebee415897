package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.SharedData;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.community.CommunityMembership;
import org.doorstep.engine.osm.OsmCityReader;
import org.doorstep.engine.osm.OsmImportOptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A real OSM extract (Nanjing, Xinjiekou) imported into a city through the engine, then evaluated. */
@DoorstepTest
class OsmImportIT {

    private static final String NANJING = "cn-nanjing-xinjiekou.osm.pbf";
    private static final double WEST = 118.760;
    private static final double SOUTH = 32.030;
    private static final double EAST = 118.780;
    private static final double NORTH = 32.060;

    @Autowired
    Places places;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private static int serial;

    @Test
    void importsTheBuildingsAndFacilitiesOfTheCommunitiesAndEvaluatesTheCity() throws Exception {
        // A community drawn over the western half of the extract: only what lies in it is imported.
        String boundary = box(WEST, SOUTH, EAST, NORTH);
        long city = city(boundary);
        ApiClient planner = new TestAccounts(accounts, port).withPlaces(Role.PLANNER, city);
        CityData engine = OsmCityReader.read(SharedData.osm(NANJING), OsmImportOptions.defaults());
        long expectedBuildings = Arrays.stream(CommunityMembership.assign(
                        List.of(new Community("t", "t", "", "", boxPolygon(), "test")), engine.buildings()))
                .filter(c -> c >= 0)
                .count();

        ResponseEntity<String> imported = upload(planner, city, NANJING, Files.readAllBytes(SharedData.osm(NANJING)));

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        String report = imported.getBody();
        assertThat((Integer) JsonPath.read(report, "$.buildings"))
                .isEqualTo((int) expectedBuildings)
                .isPositive();
        assertThat((Integer) JsonPath.read(report, "$.buildingsOutside")
                        + (Integer) JsonPath.read(report, "$.buildingsAlreadyRegistered"))
                .isEqualTo(engine.buildings().size() - (int) expectedBuildings);
        assertThat((Integer) JsonPath.read(report, "$.facilities")).isPositive();
        assertThat((String) JsonPath.read(report, "$.attribution")).contains("OpenStreetMap contributors");
        assertThat(places.listBuildingsUnder(city)).hasSize((int) expectedBuildings);

        ResponseEntity<String> run =
                planner.post("/api/planning/evaluations", java.util.Map.of("cityId", city, "profile", "general"));
        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        int runId = JsonPath.read(run.getBody(), "$.id");
        String finished = awaitRun(planner, runId);
        assertThat((String) JsonPath.read(finished, "$.status")).isEqualTo("DONE");
        assertThat((String) JsonPath.read(finished, "$.residentsSource")).isEqualTo("estimated");
        assertThat((Integer) JsonPath.read(finished, "$.buildings")).isEqualTo((int) expectedBuildings);
    }

    @Test
    void aBrokenFileIsRefusedByNameAndChangesNothing() throws Exception {
        long city = city(box(WEST, SOUTH, EAST, NORTH));
        ApiClient admin = new TestAccounts(accounts, port).admin();
        byte[] pbf = Files.readAllBytes(SharedData.osm(NANJING));
        long placesBefore = count("place");

        ResponseEntity<String> refused = upload(admin, city, "broken.osm.pbf", Arrays.copyOf(pbf, pbf.length / 2));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("broken.osm.pbf");
        assertThat(places.listBuildingsUnder(city)).isEmpty();
        assertThat(count("place")).isEqualTo(placesBefore);
        assertThat(count("city_network where city_id = " + city)).isZero();
    }

    @Test
    void aCityWithoutBoundariesGetsEstimatedCommunities() throws Exception {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "无边界市" + (++serial), null, null, null, null));
        ApiClient admin = new TestAccounts(accounts, port).admin();

        ResponseEntity<String> imported = upload(admin, city, NANJING, Files.readAllBytes(SharedData.osm(NANJING)));

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) JsonPath.read(imported.getBody(), "$.communitiesEstimated"))
                .isPositive();
        assertThat(places.listCommunitiesUnder(city))
                .allSatisfy(c -> assertThat(c.name()).endsWith("(estimated)"));
    }

    @Test
    void aWorkerCannotImportAndAPlannerOnlyItsOwnCity() throws Exception {
        long city = city(box(WEST, SOUTH, EAST, NORTH));
        long otherCity = city(box(WEST, SOUTH, EAST, NORTH));
        byte[] pbf = Files.readAllBytes(SharedData.osm(NANJING));
        TestAccounts users = new TestAccounts(accounts, port);

        assertThat(upload(users.withPlaces(Role.COMMUNITY_WORKER, city), city, NANJING, pbf)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(users.withPlaces(Role.PLANNER, otherCity), city, NANJING, pbf)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long city(String communityBoundary) {
        int n = ++serial;
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "导入市" + n, null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "区" + n, city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "街道" + n, district, null, null, null));
        places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "社区" + n, street, communityBoundary, null, null));
        return city;
    }

    private ResponseEntity<String> upload(ApiClient client, long city, String name, byte[] bytes) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("cityId", String.valueOf(city));
        body.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.rest()
                .post()
                .uri("/api/planning/osm-import")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    private static String awaitRun(ApiClient client, int runId) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            String run = client.get("/api/planning/evaluations/" + runId).getBody();
            String status = JsonPath.read(run, "$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("evaluation run " + runId + " did not finish within a minute");
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    private static Polygon boxPolygon() {
        return new GeometryFactory().createPolygon(new Coordinate[] {
            new Coordinate(WEST, SOUTH),
            new Coordinate(EAST, SOUTH),
            new Coordinate(EAST, NORTH),
            new Coordinate(WEST, NORTH),
            new Coordinate(WEST, SOUTH)
        });
    }

    static String box(double west, double south, double east, double north) {
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                west,
                south,
                east,
                south,
                east,
                north,
                west,
                north,
                west,
                south);
    }
}
