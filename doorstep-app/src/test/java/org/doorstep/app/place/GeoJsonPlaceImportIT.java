package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoJsonPlaceImportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    long district;

    @BeforeAll
    void places() {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, "9201", "图市", null, null, null, null));
        district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, "920101", "图区", city, null, null, null));
    }

    /** A closed square ring with its lower left corner at (lon, lat) and sides of 0.01°. */
    private static String square(double lon, double lat) {
        double e = lon + 0.01;
        double n = lat + 0.01;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + e + "," + lat + "],[" + e + ","
                + n + "],[" + lon + "," + n + "],[" + lon + "," + lat + "]]]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private ResultActions importAs(AccessScope scope, String document) throws Exception {
        return mvc.perform(post("/api/places/import/geojson")
                .with(authentication(TestPrincipals.signedIn(scope)))
                .with(csrf())
                .contentType("application/geo+json")
                .content(document));
    }

    private int placeCount() {
        return jdbc.sql("select count(*) from place").query(Integer.class).single();
    }

    @Test
    void createsAStreetAndItsCommunityFromOneFile() throws Exception {
        String document = collection(
                feature(
                        "\"code\":\"920101001\",\"name\":\"新街道\",\"level\":\"street\",\"parent_code\":\"920101\"",
                        "null"),
                feature(
                        "\"code\":920101001001,\"name\":\"新社区\",\"level\":\"COMMUNITY\",\"parent_code\":\"920101001\"",
                        square(118.78, 32.04)));
        importAs(TestPrincipals.admin(), document)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features").value(2))
                .andExpect(jsonPath("$.created").value(2));
        Place community = places.findByCode("920101001001").orElseThrow();
        Place street = places.findByCode("920101001").orElseThrow();
        assertThat(community.parentId()).isEqualTo(street.id());
        assertThat(community.districtId()).isEqualTo(district);
        assertThat(community.centreLon()).isCloseTo(118.78 + 0.005, org.assertj.core.api.Assertions.offset(1e-9));
        assertThat(places.boundary(street.id())).isEmpty();
    }

    @Test
    void aPlannerSetsBoundariesOfKnownPlacesInItsScopeButCreatesNothing() throws Exception {
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, "920101002", "旧街道", district, null, null, null));
        AccessScope planner = TestPrincipals.inPlaces(Role.PLANNER, district);
        importAs(planner, collection(feature("\"code\":\"920101002\"", square(118.70, 32.00))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.boundariesSet").value(1));
        assertThat(places.boundary(street)).isPresent();

        int before = placeCount();
        String creates = collection(feature(
                "\"code\":\"920101002001\",\"name\":\"x\",\"level\":\"community\",\"parent_code\":\"920101002\"",
                square(118.70, 32.00)));
        importAs(planner, creates)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("feature 0")));
        importAs(TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, district), creates)
                .andExpect(status().isForbidden());
        assertThat(placeCount()).isEqualTo(before);
    }

    @Test
    void refusesTheWholeFileNamingEachFeatureAndProperty() throws Exception {
        int before = placeCount();
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
        String document = collection(
                feature(
                        "\"code\":\"920101003\",\"name\":\"好街道\",\"level\":\"street\",\"parent_code\":\"920101\"",
                        square(118.6, 32.0)),
                feature(
                        "\"code\":\"920101004\",\"name\":\"开街道\",\"level\":\"street\",\"parent_code\":\"920101\"",
                        open),
                feature(
                        "\"code\":\"920101005\",\"name\":\"错街道\",\"level\":\"town\",\"parent_code\":\"920101\"",
                        "null"),
                feature(
                        "\"code\":\"920199006\",\"name\":\"孤街道\",\"level\":\"street\",\"parent_code\":\"920199\"",
                        "null"),
                feature(
                        "\"code\":\"920101007\",\"name\":\"结街道\",\"level\":\"street\",\"parent_code\":\"920101\"",
                        bowTie),
                feature("\"name\":\"无码\",\"level\":\"street\",\"parent_code\":\"920101\"", "null"));
        importAs(TestPrincipals.admin(), document)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(5))
                .andExpect(jsonPath("$.problems[0].feature").value(1))
                .andExpect(jsonPath("$.problems[0].property").value("geometry"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("not closed")))
                .andExpect(jsonPath("$.problems[1].feature").value(2))
                .andExpect(jsonPath("$.problems[1].property").value("level"))
                .andExpect(jsonPath("$.problems[2].feature").value(3))
                .andExpect(jsonPath("$.problems[2].property").value("parent_code"))
                .andExpect(jsonPath("$.problems[3].feature").value(4))
                .andExpect(jsonPath("$.problems[3].message").value(Matchers.containsString("Self-intersection")))
                .andExpect(jsonPath("$.problems[4].feature").value(5))
                .andExpect(jsonPath("$.problems[4].property").value("code"));
        assertThat(placeCount()).isEqualTo(before);
        assertThat(places.findByCode("920101003")).isEmpty();
    }

    @Test
    void refusesWhatIsNoFeatureCollection() throws Exception {
        importAs(TestPrincipals.admin(), "{\"type\":\"Feature\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].property").value("type"));
        importAs(TestPrincipals.admin(), "{not json")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.startsWith("not JSON")));
    }

    @Test
    void anExportReadsBackAsAFileUpload() throws Exception {
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, "920101008", "回街道", district, null, null, null));
        places.addPlace(new NewPlace(
                PlaceLevel.COMMUNITY, "920101008001", "有界社区", street, square(118.5, 32.0), 118.505, 32.005));
        places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, "920101008002", "无界社区", street, null, null, null));
        byte[] export = mvc.perform(get("/api/places/" + street + "/communities.geojson")
                        .with(authentication(TestPrincipals.signedIn(TestPrincipals.admin()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int before = placeCount();
        mvc.perform(multipart("/api/places/import/geojson")
                        .file(new MockMultipartFile("file", "communities.geojson", "application/geo+json", export))
                        .with(authentication(TestPrincipals.signedIn(TestPrincipals.admin())))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.boundariesSet").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(placeCount()).isEqualTo(before);
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("有界社区");
    }

    @Test
    void aJsonBodyIsReadAsWell() throws Exception {
        mvc.perform(post("/api/places/import/geojson")
                        .with(authentication(TestPrincipals.signedIn(TestPrincipals.admin())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(collection()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features").value(0));
    }
}
