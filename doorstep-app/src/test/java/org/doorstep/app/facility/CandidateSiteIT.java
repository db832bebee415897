package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.app.facility.FacilityFixture.as;
import static org.doorstep.app.facility.FacilityFixture.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.TableWriter;
import org.doorstep.engine.cli.EngineCandidates;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSiteIT {

    private static final String HEADER =
            "community_code,lon,lat,address,usable_floor_area_m2,owner,conversion_cost_yuan,availability,notes";

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    FacilityService service;

    @Autowired
    JdbcClient jdbc;

    FacilityFixture at;
    String elsewhereCode = "960102001001";
    long elsewhere;
    AccessScope planner;

    @BeforeAll
    void places() {
        at = new FacilityFixture(places, "96");
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, "960102", "外区", at.city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, "960102001", "外街道", district, null, null, null));
        elsewhere = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, elsewhereCode, "外社区", street, null, null, null));
        planner = TestPrincipals.inPlaces(Role.PLANNER, at.district);
    }

    private static String site(long community, String address, String cost) {
        return "{\"communityId\":" + community + ",\"lon\":118.79,\"lat\":32.05,\"address\":\"" + address
                + "\",\"usableFloorArea_m2\":260,\"owner\":\"区国资公司\",\"conversionCost_yuan\":" + cost + "}";
    }

    private int sites() {
        return jdbc.sql("select count(*) from candidate_site")
                .query(Integer.class)
                .single();
    }

    private ResultActions upload(AccessScope scope, String fileName, byte[] content) throws Exception {
        return mvc.perform(as(
                scope,
                multipart("/api/candidate-sites/import")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))));
    }

    @Test
    void aPlannerKeepsSitesInsideItsPlacesOnly() throws Exception {
        String created = mvc.perform(json(planner, post("/api/candidate-sites"), site(at.communityA, "旧粮站", "380000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availability").value("AVAILABLE"))
                .andExpect(jsonPath("$.communityCode").value(at.codeA()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(json(
                        planner,
                        put("/api/candidate-sites/" + id),
                        site(at.communityA, "旧粮站", "400000").replace("}", ",\"availability\":\"reserved\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversionCost_yuan").value(400000.0))
                .andExpect(jsonPath("$.availability").value("RESERVED"));

        mvc.perform(json(planner, post("/api/candidate-sites"), site(elsewhere, "外区空房", "1000")))
                .andExpect(status().isForbidden());
        AccessScope otherPlanner = TestPrincipals.inPlaces(Role.PLANNER, elsewhere);
        mvc.perform(as(otherPlanner, get("/api/candidate-sites/" + id))).andExpect(status().isNotFound());
        for (AccessScope refused : List.of(
                TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, at.communityA),
                TestPrincipals.inPlaces(Role.STREET_OFFICER, at.street),
                TestPrincipals.operator(1L),
                TestPrincipals.resident())) {
            mvc.perform(as(refused, get("/api/candidate-sites"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aCostMustBePositiveAsTheEngineReadsIt() throws Exception {
        mvc.perform(json(planner, post("/api/candidate-sites"), site(at.communityA, "", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("address", "conversionCost_yuan")));
    }

    @Test
    void aBrokenImportIsRefusedWholeNamingEachFault() throws Exception {
        int before = sites();
        String csv = HEADER + "\n"
                + at.codeA() + ",118.79,32.05,好地方,100,业主,5000,,\n"
                + "969999999999,118.79,32.05,无社区,100,业主,5000,,\n"
                + elsewhereCode + ",118.79,32.05,外区,100,业主,5000,,\n"
                + at.codeA() + ",118.79,32.05,坏面积,一百,业主,5000,,\n"
                + at.codeA() + ",118.79,32.05,坏状态,100,业主,5000,FREE,\n";
        upload(planner, "sites.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.problems[*].row").value(Matchers.contains(3, 4, 5, 6)))
                .andExpect(jsonPath("$.report.problems[*].column")
                        .value(Matchers.contains(
                                "community_code", "community_code", "usable_floor_area_m2", "availability")))
                .andExpect(
                        jsonPath("$.report.problems[1].message").value(Matchers.containsString("outside the places")));
        upload(planner, "sites.csv", "community_code,lon,address\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.problems[0].column").value("lat"));
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void anXlsxImportThenExportsForThePlanner(@TempDir Path dir) throws Exception {
        byte[] xlsx = TableWriter.xlsx(
                "sites",
                List.of(HEADER.split(",")),
                List.of(
                        List.of(at.codeB(), "118.7801", "32.0402", "乙区仓库", "520", "市粮食局", "1200000", "", "底层,可改造"),
                        List.of(at.codeB(), "118.7802", "32.0403", "乙区撤回", "80", "", "", "WITHDRAWN", "")));
        upload(TestPrincipals.admin(), "sites.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsImported").value(2));

        for (String format : List.of("csv", "geojson")) {
            byte[] export = mvc.perform(as(
                            planner,
                            get("/api/candidate-sites/export")
                                    .param("place", Long.toString(at.communityB))
                                    .param("format", format)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            Path file = dir.resolve("candidates." + format);
            Files.write(file, export);
            List<EngineCandidates.Site> read = EngineCandidates.read(file);
            assertThat(read).as(format).singleElement().satisfies(site -> {
                assertThat(site.name()).isEqualTo("乙区仓库");
                assertThat(site.cost()).isEqualTo(1200000.0);
                assertThat(site.floorArea_m2()).isEqualTo(520.0);
                assertThat(site.lon()).isEqualTo(118.7801);
            });
        }
        assertThat(service.listCandidateSites(at.communityB))
                .extracting(CandidateSite::address)
                .containsExactly("乙区仓库");
    }
}
