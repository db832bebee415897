package org.doorstep.app.facility;

import static org.doorstep.app.facility.FacilityFixture.as;
import static org.doorstep.app.facility.FacilityFixture.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Places;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@DoorstepTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    FacilityService service;

    FacilityFixture at;
    long operatorOne;
    long facilityA1;
    long facilityA2;
    long facilityB1;

    @BeforeAll
    void facilities() {
        at = new FacilityFixture(places, "93");
        operatorOne = service.addOperator(FacilityFixture.operator("一号运营", 9301));
        long operatorTwo = service.addOperator(FacilityFixture.operator("二号运营", 9302));
        List<Long> ids = service.addFacilities(List.of(
                FacilityFixture.dayCare("甲一日照", at.communityA, OperatingModel.SITE_FOR_SERVICE, operatorOne),
                FacilityFixture.dayCare("甲二日照", at.communityA, OperatingModel.COMMERCIAL, operatorTwo),
                FacilityFixture.dayCare("乙一日照", at.communityB, OperatingModel.GOVERNMENT, null)));
        facilityA1 = ids.get(0);
        facilityA2 = ids.get(1);
        facilityB1 = ids.get(2);
    }

    private String body(String name, long community, String extra) {
        return "{\"category\":\"meals\",\"typeCode\":\"canteen\",\"name\":\"" + name + "\",\"communityId\":" + community
                + ",\"lon\":118.78,\"lat\":32.04,\"floorArea_m2\":180,\"capacity\":[{\"serviceKind\":\"meals\","
                + "\"places\":60}],\"openingHours\":\"Mo-Su 10:30-13:00,16:30-18:30\",\"status\":\"PLANNED\","
                + "\"operatingModel\":\"GOVERNMENT\"" + extra + "}";
    }

    @Test
    void anAdministratorCreatesAFacilityAndItsHistoryStarts() throws Exception {
        AccessScope admin = TestPrincipals.admin();
        String created = mvc.perform(json(admin, post("/api/facilities"), body("乙食堂", at.communityB, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("meals"))
                .andExpect(jsonPath("$.typeName").value("社区食堂"))
                .andExpect(jsonPath("$.communityCode").value(at.codeB()))
                .andExpect(jsonPath("$.capacity[0].places").value(60))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(as(admin, get("/api/facilities/" + id + "/status-changes")))
                .andExpect(jsonPath("$[0].to").value("PLANNED"))
                .andExpect(jsonPath("$[0].note").value("created"));
        mvc.perform(as(admin, get("/api/facilities").param("place", Long.toString(at.communityB))))
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItems((int) facilityB1, (int) id)))
                .andExpect(jsonPath("$[*].id").value(Matchers.not(Matchers.hasItem((int) facilityA1))));
    }

    @Test
    void aBadRequestNamesEveryField() throws Exception {
        String bad = "{\"category\":\"meal\",\"typeCode\":\"canteen\",\"communityId\":" + at.communityA
                + ",\"lon\":218,\"lat\":32,\"status\":\"OPENED\",\"operatingModel\":\"GOVERNMENT\"}";
        mvc.perform(json(TestPrincipals.admin(), post("/api/facilities"), bad))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("category", "status", "name")));
        String wrongType = body("甲食堂", at.communityA, "").replace("\"canteen\"", "\"nursery\"");
        mvc.perform(json(TestPrincipals.admin(), post("/api/facilities"), wrongType))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("typeCode"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("childcare")));
        String taken = body("甲一日照", at.communityA, "").replace("\"lon\":118.78", "\"lon\":218");
        mvc.perform(json(TestPrincipals.admin(), post("/api/facilities"), taken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("name", "lon")));
    }

    @Test
    void anOperatorSeesAndEditsOnlyItsOwnFacilities() throws Exception {
        AccessScope operator = TestPrincipals.operator(facilityA1);
        mvc.perform(as(operator, get("/api/facilities")))
                .andExpect(jsonPath("$[*].id").value(Matchers.contains((int) facilityA1)));
        mvc.perform(as(operator, get("/api/facilities/" + facilityA2))).andExpect(status().isNotFound());
        mvc.perform(as(operator, get("/api/facilities/" + facilityA2 + "/capacity")))
                .andExpect(status().isNotFound());
        mvc.perform(json(operator, put("/api/facilities/" + facilityA2 + "/capacity"), "[]"))
                .andExpect(status().isNotFound());
        mvc.perform(json(operator, post("/api/facilities/" + facilityA2 + "/status"), "{\"status\":\"CLOSED\"}"))
                .andExpect(status().isNotFound());

        String capacity = "[{\"serviceKind\":\"day_care\",\"places\":45},{\"serviceKind\":\"meals\",\"places\":30}]";
        mvc.perform(json(operator, put("/api/facilities/" + facilityA1 + "/capacity"), capacity))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity[0].places").value(45))
                .andExpect(jsonPath("$.capacity[1].serviceKind").value("meals"));
        mvc.perform(json(
                        operator,
                        put("/api/facilities/" + facilityA1 + "/capacity"),
                        "[{\"serviceKind\":\"Day Care\",\"places\":-1}]"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOperatorMayNotMoveItsFacilityToAnotherCommunity() throws Exception {
        AccessScope operator = TestPrincipals.operator(facilityA1);
        String moved = "{\"category\":\"elderly_care\",\"typeCode\":\"day_care_centre\",\"name\":\"甲一日照\","
                + "\"communityId\":" + at.communityB + ",\"lon\":118.79,\"lat\":32.05,\"operatingModel\":"
                + "\"SITE_FOR_SERVICE\",\"operatorId\":" + operatorOne + "}";
        mvc.perform(json(operator, put("/api/facilities/" + facilityA1), moved)).andExpect(status().isForbidden());
        String renamed = moved.replace("\"communityId\":" + at.communityB, "\"communityId\":" + at.communityA)
                .replace("甲一日照", "甲一日间照料中心");
        mvc.perform(json(operator, put("/api/facilities/" + facilityA1), renamed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("甲一日间照料中心"))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(json(operator, put("/api/facilities/" + facilityA1), renamed.replace("甲一日间照料中心", "甲一日照")))
                .andExpect(status().isOk());
    }

    @Test
    void aCommunityWorkerReadsItsCommunityAndEditsNothing() throws Exception {
        AccessScope worker = TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, at.communityA);
        mvc.perform(as(worker, get("/api/facilities")))
                .andExpect(jsonPath("$[*].id").value(Matchers.containsInAnyOrder((int) facilityA1, (int) facilityA2)));
        mvc.perform(as(worker, get("/api/facilities/" + facilityB1))).andExpect(status().isNotFound());
        mvc.perform(json(worker, put("/api/facilities/" + facilityB1 + "/capacity"), "[]"))
                .andExpect(status().isForbidden());
        mvc.perform(json(worker, put("/api/facilities/" + facilityA1 + "/capacity"), "[]"))
                .andExpect(status().isForbidden());
        mvc.perform(json(worker, post("/api/facilities"), body("甲新食堂", at.communityA, "")))
                .andExpect(status().isForbidden());
    }

    @Test
    void streetOfficersAndPlannersReadEveryCommunityBelowThem() throws Exception {
        for (AccessScope reader : List.of(
                TestPrincipals.inPlaces(Role.STREET_OFFICER, at.street),
                TestPrincipals.inPlaces(Role.PLANNER, at.district))) {
            mvc.perform(as(reader, get("/api/facilities/" + facilityB1))).andExpect(status().isOk());
            mvc.perform(as(reader, get("/api/facilities").param("place", Long.toString(at.street))))
                    .andExpect(jsonPath("$[*].id").value(Matchers.hasItems((int) facilityA1, (int) facilityB1)));
            mvc.perform(json(reader, post("/api/facilities/" + facilityB1 + "/status"), "{\"status\":\"CLOSED\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void residentsGetNoManagementData() throws Exception {
        AccessScope resident = TestPrincipals.resident();
        mvc.perform(as(resident, get("/api/facilities"))).andExpect(status().isForbidden());
        mvc.perform(as(resident, get("/api/facilities/" + facilityA1))).andExpect(status().isForbidden());
        mvc.perform(as(resident, get("/api/facilities/types"))).andExpect(status().isOk());
    }

    @Test
    void statusChangesFollowTheLifeCycleAndAreRecorded() throws Exception {
        long id = service.addFacilities(
                        List.of(FacilityFixture.dayCare("乙二日照", at.communityB, OperatingModel.GOVERNMENT, null)))
                .get(0);
        AccessScope admin = TestPrincipals.admin();
        mvc.perform(json(admin, post("/api/facilities/" + id + "/status"), "{\"status\":\"CLOSED\",\"note\":\"装修\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(json(admin, post("/api/facilities/" + id + "/status"), "{\"status\":\"BUILDING\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(admin, post("/api/facilities/" + id + "/status"), "{\"status\":\"REOPENED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(as(admin, get("/api/facilities/" + id + "/status-changes")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].from").value("OPEN"))
                .andExpect(jsonPath("$[1].note").value("装修"))
                .andExpect(jsonPath("$[1].changedBy").value(admin.username()));
    }

    @Test
    void listsTheTypesOfEveryCategory() throws Exception {
        mvc.perform(as(TestPrincipals.admin(), get("/api/facilities/types")))
                .andExpect(jsonPath("$[?(@.code == 'canteen')].category").value("meals"))
                .andExpect(jsonPath("$[?(@.code == 'health_station')].nameZh").value("社区卫生服务站"));
    }
}
