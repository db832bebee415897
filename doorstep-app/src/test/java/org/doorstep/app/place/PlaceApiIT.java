package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceApiIT {

    /** A square of 0.01° around (118.80, 32.05), closed: its centroid is its middle. */
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[118.795,32.045],[118.805,32.045],"
            + "[118.805,32.055],[118.795,32.055],[118.795,32.045]]]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    long city;
    long district;
    long street;
    long community;
    long otherCommunity;

    @BeforeAll
    void places() {
        city = places.addPlace(new NewPlace(PlaceLevel.CITY, "9101", "测试市", null, null, null, null));
        district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, "910101", "甲区", city, null, null, null));
        street = places.addPlace(new NewPlace(PlaceLevel.STREET, "910101001", "一街道", district, null, null, null));
        community =
                places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, "910101001001", "东社区", street, null, null, null));
        otherCommunity =
                places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, "910101001002", "西社区", street, null, null, null));
    }

    @Test
    void anyoneSignedInReadsCitiesChildrenAndBreadcrumb() throws Exception {
        Authentication resident = TestPrincipals.signedIn(TestPrincipals.resident());
        mvc.perform(get("/api/places/cities").with(authentication(resident)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '9101')].name").value("测试市"));
        mvc.perform(get("/api/places/" + street + "/children").with(authentication(resident)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("东社区"));
        mvc.perform(get("/api/places/" + community).with(authentication(resident)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.code").value("910101001001"))
                .andExpect(jsonPath("$.ancestors[*].name").value(Matchers.contains("测试市", "甲区", "一街道")));
        mvc.perform(get("/api/places/by-code/910101001").with(authentication(resident)))
                .andExpect(jsonPath("$.place.id").value(street));
    }

    @Test
    void anonymousCallersGetNoPlaces() throws Exception {
        int status =
                mvc.perform(get("/api/places/cities")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 403, 302);
    }

    @Test
    void unknownPlaceIsNotFound() throws Exception {
        mvc.perform(get("/api/places/987654321").with(authentication(TestPrincipals.signedIn(TestPrincipals.admin()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void plannerSetsBoundaryInsideItsPlacesAndItsCentreIsTheCentroid() throws Exception {
        AccessScope planner = TestPrincipals.inPlaces(Role.PLANNER, district);
        putBoundary(community, SQUARE, planner).andExpect(status().isOk());

        mvc.perform(get("/api/places/" + community + "/boundary")
                        .with(authentication(TestPrincipals.signedIn(TestPrincipals.resident()))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.properties.code").value("910101001001"));
        Place place = places.findPlace(community).orElseThrow();
        assertThat(place.centreLon()).isCloseTo((118.795 + 118.805) / 2, offset(1e-9));
        assertThat(place.centreLat()).isCloseTo((32.045 + 32.055) / 2, offset(1e-9));
    }

    @Test
    void boundaryWritesNeedAnAdministratorOrAPlannerOfThePlace() throws Exception {
        long elsewhere = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, "910102", "乙区", city, null, null, null));
        putBoundary(community, SQUARE, TestPrincipals.inPlaces(Role.PLANNER, elsewhere))
                .andExpect(status().isForbidden());
        putBoundary(community, SQUARE, TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, community))
                .andExpect(status().isForbidden());
        putBoundary(otherCommunity, SQUARE, TestPrincipals.admin()).andExpect(status().isOk());
    }

    @Test
    void brokenBoundaryIsRefusedNamingTheRing() throws Exception {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[118.7,32.0],[118.8,32.0],[118.8,32.1],[118.7,32.1]]]}";
        putBoundary(community, open, TestPrincipals.admin())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].property").value("geometry"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("ring 0")));
    }

    @Test
    void listsCompoundsAndBuildingsOfACommunity() throws Exception {
        long compound = jdbc.sql("insert into compound (community_id, name) values (?, ?)")
                .params(community, "梅园小区")
                .update();
        Long compoundId = jdbc.sql("select id from compound where community_id = ? and name = ?")
                .params(community, "梅园小区")
                .query(Long.class)
                .single();
        assertThat(compound).isEqualTo(1);
        places.addBuildings(List.of(new NewBuilding(
                community, compoundId, "w9101", "1幢", "梅园路1号", 118.80, 32.05, SQUARE, 6, false, 1990, 2400.0)));
        Authentication worker = TestPrincipals.signedIn(TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, community));

        mvc.perform(get("/api/places/" + community + "/compounds").with(authentication(worker)))
                .andExpect(jsonPath("$[0].name").value("梅园小区"))
                .andExpect(jsonPath("$[0].buildings").value(1));
        mvc.perform(get("/api/places/" + community + "/buildings").with(authentication(worker)))
                .andExpect(jsonPath("$[0].osmRef").value("w9101"))
                .andExpect(jsonPath("$[0].floors").value(6))
                .andExpect(jsonPath("$[0].residentialFloorArea_m2").value(2400.0))
                .andExpect(jsonPath("$[0].footprint.type").value("Polygon"));
        mvc.perform(get("/api/places/" + district + "/buildings").with(authentication(worker)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportsCommunitiesWithTheImportsProperties() throws Exception {
        putBoundary(community, SQUARE, TestPrincipals.admin()).andExpect(status().isOk());
        mvc.perform(get("/api/places/" + street + "/communities.geojson")
                        .with(authentication(TestPrincipals.signedIn(TestPrincipals.resident()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(2))
                .andExpect(jsonPath("$.features[0].properties.code").value("910101001001"))
                .andExpect(jsonPath("$.features[0].properties.parent_code").value("910101001"))
                .andExpect(jsonPath("$.features[0].properties.level").value("COMMUNITY"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
    }

    private ResultActions putBoundary(long placeId, String geometry, AccessScope scope) throws Exception {
        return mvc.perform(put("/api/places/" + placeId + "/boundary")
                .with(authentication(TestPrincipals.signedIn(scope)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(geometry));
    }
}
