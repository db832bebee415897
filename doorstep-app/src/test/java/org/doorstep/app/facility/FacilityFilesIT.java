package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.app.facility.FacilityFixture.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.Table;
import org.doorstep.app.tabular.TableReader;
import org.doorstep.app.tabular.TableWriter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityFilesIT {

    private static final String HEADER =
            "name,category,type,community_code,lon,lat,status,operating_model,floor_area_m2,capacity,opening_hours,"
                    + "operator_credit_code,osm_ref";

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    FacilityService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    FacilityFixture at;
    String operatorCode;

    @BeforeAll
    void places() {
        at = new FacilityFixture(places, "95");
        operatorCode = FacilityFixture.creditCode(9501);
        service.addOperator(FacilityFixture.operator("五号运营", 9501));
    }

    private ResultActions upload(AccessScope scope, String fileName, byte[] content) throws Exception {
        return mvc.perform(as(
                scope,
                multipart("/api/facilities/import")
                        .file(new MockMultipartFile("file", fileName, "text/csv", content))));
    }

    private ResultActions upload(String csv) throws Exception {
        return upload(TestPrincipals.admin(), "facilities.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void aGoodCsvIsImportedWhole() throws Exception {
        String csv = HEADER + "\n"
                + "长者食堂," + "meals,canteen," + at.codeA() + ",118.781,32.041,OPEN,SITE_FOR_SERVICE,150,"
                + "meals:80,\"Mo-Su 10:30-13:00,16:30-18:30\"," + operatorCode + ",\n"
                + "卫生服务站,health,health_station," + at.codeA() + ",118.782,32.042,OPEN,GOVERNMENT,,,,,n95001\n";
        upload(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsImported").value(2));
        mvc.perform(as(TestPrincipals.admin(), get("/api/facilities").param("place", Long.toString(at.communityA))))
                .andExpect(jsonPath("$[?(@.name == '长者食堂')].capacity[0].places").value(80))
                .andExpect(jsonPath("$[?(@.name == '长者食堂')].operatorCreditCode").value(operatorCode))
                .andExpect(jsonPath("$[?(@.name == '卫生服务站')].osmRef").value("n95001"));
    }

    @Test
    void aBrokenFileIsRefusedWholeWithEveryFaultNamed() throws Exception {
        int facilities = rows("facility");
        int capacity = rows("facility_capacity");
        String csv = HEADER + "\n"
                + "好食堂,meals,canteen," + at.codeA() + ",118.78,32.04,OPEN,GOVERNMENT,,,,,\n" // row 2: fine
                + "坏类别,meal,canteen," + at.codeA() + ",118.78,32.04,OPEN,GOVERNMENT,,,,,\n" // 3: category
                + "无社区,meals,canteen,959999999999,118.78,32.04,OPEN,GOVERNMENT,,,,,\n" // 4: community
                + "坏数字,meals,canteen," + at.codeA() + ",东经118,32.04,OPEN,GOVERNMENT,一百,,,,\n" // 5: lon, area
                + "坏坐标,meals,canteen," + at.codeA() + ",118.78,95,OPEN,GOVERNMENT,,,,,\n" // 6: lat
                + "好食堂,meals,canteen," + at.codeA() + ",118.78,32.04,OPEN,GOVERNMENT,,,,,\n" // 7: duplicate
                + "坏状态,meals,canteen," + at.codeB() + ",118.78,32.04,OPENED,GOVERNMENT,,,,,\n"; // 8: status
        upload(csv)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.rowsRead").value(7))
                .andExpect(jsonPath("$.report.rowsImported").value(0))
                .andExpect(jsonPath("$.report.problems[*].row").value(Matchers.contains(3, 4, 5, 5, 6, 7, 8)))
                .andExpect(jsonPath("$.report.problems[*].column")
                        .value(Matchers.contains(
                                "category", "community_code", "lon", "floor_area_m2", "lat", "name", "status")))
                .andExpect(jsonPath("$.report.problems[0].message")
                        .value(Matchers.containsString("unknown service category 'meal'")))
                .andExpect(jsonPath("$.report.problems[1].message")
                        .value(Matchers.containsString("unknown community code 959999999999")))
                .andExpect(jsonPath("$.report.problems[2].message")
                        .value(Matchers.containsString("'东经118' is not a number")))
                .andExpect(jsonPath("$.report.problems[5].message").value(Matchers.containsString("row 2")));
        assertThat(rows("facility")).isEqualTo(facilities);
        assertThat(rows("facility_capacity")).isEqualTo(capacity);
    }

    @Test
    void aMissingColumnIsNamedAgainstTheHeader() throws Exception {
        int facilities = rows("facility");
        upload("name,category,type,lon,lat,status,operating_model\n甲,meals,canteen,118.7,32.0,OPEN,GOVERNMENT\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.problems[0].row").value(1))
                .andExpect(jsonPath("$.report.problems[0].column").value("community_code"))
                .andExpect(jsonPath("$.report.problems[0].message").value(Matchers.containsString("missing column")));
        assertThat(rows("facility")).isEqualTo(facilities);
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        byte[] csv = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        upload(TestPrincipals.inPlaces(Role.STREET_OFFICER, at.street), "f.csv", csv)
                .andExpect(status().isForbidden());
        upload(TestPrincipals.operator(1L), "f.csv", csv).andExpect(status().isForbidden());
    }

    @Test
    void anXlsxExportImportsIntoAnotherCommunity() throws Exception {
        service.addFacilities(
                List.of(FacilityFixture.dayCare("乙日照中心", at.communityB, OperatingModel.GOVERNMENT, null)));
        byte[] xlsx = mvc.perform(as(
                        TestPrincipals.admin(),
                        get("/api/facilities/export")
                                .param("place", Long.toString(at.communityB))
                                .param("format", "xlsx")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", TableWriter.XLSX_MEDIA_TYPE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Table table = TableReader.read("export.xlsx", xlsx);
        assertThat(table.header()).containsExactlyElementsOf(FacilityExport.HEADER);
        Table.Row row = table.rows().stream()
                .filter(r -> "乙日照中心".equals(table.cell(r, "name")))
                .findFirst()
                .orElseThrow();
        assertThat(table.cell(row, "capacity")).isEqualTo("day_care:40");
        assertThat(table.cell(row, "opening_hours")).isEqualTo("Mo-Fr 08:00-18:00");

        // The same file, moved to community A by its code, is a valid import.
        String csv = new String(
                        mvc.perform(as(
                                        TestPrincipals.admin(),
                                        get("/api/facilities/export").param("place", Long.toString(at.communityB))))
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8)
                .replace(at.codeB(), at.codeA())
                .replace("乙日照中心", "甲日照中心");
        upload(csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsImported").value(Matchers.greaterThan(0)));
    }

    @Test
    void geoJsonExportsCarryTheOsmAttributionOnlyForOsmData() throws Exception {
        long street = at.street;
        JsonNode plain = exportGeoJson(at.communityB, TestPrincipals.admin());
        assertThat(plain.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(plain.has("attribution")).isFalse();

        NewFacility fromOsm = new NewFacility(
                org.doorstep.engine.category.ServiceCategory.SHOPPING,
                "convenience_store",
                "便利店 n95002",
                at.communityB,
                null,
                118.79,
                32.05,
                null,
                List.of(),
                null,
                FacilityStatus.OPEN,
                OperatingModel.COMMERCIAL,
                null,
                "n95002");
        service.addFacilities(List.of(fromOsm));
        JsonNode withOsm = exportGeoJson(street, TestPrincipals.inPlaces(Role.PLANNER, at.district));
        assertThat(withOsm.path("attribution").asText()).contains("© OpenStreetMap contributors");
        JsonNode feature = java.util.stream.StreamSupport.stream(
                        withOsm.path("features").spliterator(), false)
                .filter(f -> f.path("properties").path("osm_ref").asText().equals("n95002"))
                .findFirst()
                .orElseThrow();
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble())
                .isEqualTo(118.79);
        assertThat(feature.path("properties").path("category").asText()).isEqualTo("shopping");
    }

    @Test
    void anExportHoldsOnlyWhatTheCallerSees() throws Exception {
        long own = service.addFacilities(
                        List.of(FacilityFixture.dayCare("运营自有", at.communityA, OperatingModel.COMMERCIAL, null)))
                .get(0);
        JsonNode export = exportGeoJson(at.city, TestPrincipals.operator(own));
        assertThat(export.path("features")).hasSize(1);
        mvc.perform(as(TestPrincipals.resident(), get("/api/facilities/export").param("place", Long.toString(at.city))))
                .andExpect(status().isForbidden());
        mvc.perform(as(
                        TestPrincipals.admin(),
                        get("/api/facilities/export")
                                .param("place", Long.toString(at.city))
                                .param("format", "pdf")))
                .andExpect(status().isBadRequest());
    }

    private JsonNode exportGeoJson(long place, AccessScope scope) throws Exception {
        byte[] body = mvc.perform(as(
                        scope,
                        get("/api/facilities/export")
                                .param("place", Long.toString(place))
                                .param("format", "geojson")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/geo+json"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return json.readTree(body);
    }
}
