package org.doorstep.app.facility;

import static org.doorstep.app.facility.FacilityFixture.as;
import static org.doorstep.app.facility.FacilityFixture.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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
class OperatorContractIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    @Autowired
    FacilityService service;

    FacilityFixture at;
    long operatorOne;
    long operatorTwo;
    long facilityOne;
    long facilityTwo;
    long contractOne;
    long contractTwo;

    @BeforeAll
    void contracts() throws Exception {
        at = new FacilityFixture(places, "94");
        operatorOne = service.addOperator(FacilityFixture.operator("一号餐饮", 9401));
        operatorTwo = service.addOperator(FacilityFixture.operator("二号护理", 9402));
        List<Long> ids = service.addFacilities(List.of(
                FacilityFixture.dayCare("一号站", at.communityA, OperatingModel.SITE_FOR_SERVICE, operatorOne),
                FacilityFixture.dayCare("二号站", at.communityB, OperatingModel.SITE_FOR_SERVICE, operatorTwo)));
        facilityOne = ids.get(0);
        facilityTwo = ids.get(1);
        contractOne = createContract(facilityOne, operatorOne, TODAY.minusYears(1), TODAY.plusYears(2));
        contractTwo = createContract(facilityTwo, operatorTwo, TODAY.minusYears(3), TODAY.minusDays(1));
    }

    private static String contract(long facility, long operator, LocalDate start, LocalDate end) {
        return "{\"facilityId\":" + facility + ",\"operatorId\":" + operator + ",\"spaceGranted_m2\":120,"
                + "\"obligations\":\"每周为高龄老人提供免费助餐 3 次\",\"cappedPrices\":\"午餐不超过 15 元\","
                + "\"priceCaps\":[{\"item\":\"午餐\",\"maxPrice_yuan\":15.00,\"unit\":\"份\"}],"
                + "\"termStart\":\"" + start + "\",\"termEnd\":\"" + end + "\"}";
    }

    private long createContract(long facility, long operator, LocalDate start, LocalDate end) throws Exception {
        String body = mvc.perform(
                        json(TestPrincipals.admin(), post("/api/contracts"), contract(facility, operator, start, end)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    @Test
    void contractStatusFollowsItsTerm() throws Exception {
        AccessScope admin = TestPrincipals.admin();
        mvc.perform(as(admin, get("/api/contracts/" + contractOne)))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.facilityName").value("一号站"))
                .andExpect(jsonPath("$.priceCaps[0].maxPrice_yuan").value(15.0));
        mvc.perform(as(admin, get("/api/contracts/" + contractTwo)))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(as(admin, get("/api/contracts").param("facility", Long.toString(facilityOne))))
                .andExpect(jsonPath("$[*].id").value(Matchers.contains((int) contractOne)));
    }

    @Test
    void anAdministratorChangesATermAndItsStatusFollows() throws Exception {
        long facility = service.addFacilities(List.of(
                        FacilityFixture.dayCare("三号站", at.communityB, OperatingModel.SITE_FOR_SERVICE, operatorTwo)))
                .get(0);
        long id = createContract(facility, operatorTwo, TODAY.plusDays(1), TODAY.plusYears(1));
        AccessScope admin = TestPrincipals.admin();
        mvc.perform(as(admin, get("/api/contracts/" + id)))
                .andExpect(jsonPath("$.status").value("UPCOMING"));
        String changed = contract(facility, operatorTwo, TODAY.minusYears(2), TODAY.minusDays(1))
                .replace("\"午餐\",\"maxPrice_yuan\":15.00", "\"晚餐\",\"maxPrice_yuan\":12.5");
        mvc.perform(json(admin, put("/api/contracts/" + id), changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXPIRED"))
                .andExpect(jsonPath("$.termEnd").value(TODAY.minusDays(1).toString()))
                .andExpect(jsonPath("$.priceCaps.length()").value(1))
                .andExpect(jsonPath("$.priceCaps[0].item").value("晚餐"))
                .andExpect(jsonPath("$.priceCaps[0].maxPrice_yuan").value(12.5));
    }

    @Test
    void anOperatorReadsItsOwnContractAndNoOther() throws Exception {
        AccessScope operator = TestPrincipals.operator(facilityOne);
        mvc.perform(as(operator, get("/api/contracts/" + contractOne))).andExpect(status().isOk());
        mvc.perform(as(operator, get("/api/contracts/" + contractTwo))).andExpect(status().isNotFound());
        mvc.perform(as(operator, get("/api/contracts").param("place", Long.toString(at.city))))
                .andExpect(jsonPath("$[*].id").value(Matchers.contains((int) contractOne)));
        mvc.perform(json(
                        operator,
                        put("/api/contracts/" + contractOne),
                        contract(facilityOne, operatorOne, TODAY, TODAY.plusYears(5))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContractNeedsASiteForServiceFacilityAndATermInOrder() throws Exception {
        long government = service.addFacilities(
                        List.of(FacilityFixture.dayCare("公办站", at.communityA, OperatingModel.GOVERNMENT, null)))
                .get(0);
        mvc.perform(json(
                        TestPrincipals.admin(),
                        post("/api/contracts"),
                        contract(government, operatorOne, TODAY, TODAY.minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("termEnd", "facilityId")));
        String tooLarge = contract(facilityOne, operatorOne, TODAY, TODAY.plusYears(1))
                .replace("\"spaceGranted_m2\":120", "\"spaceGranted_m2\":301")
                .replace("15.00", "15.001");
        mvc.perform(json(TestPrincipals.admin(), post("/api/contracts"), tooLarge))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("spaceGranted_m2", "priceCaps[0]")));
    }

    @Test
    void operatorsAreSeenThroughTheirFacilitiesAndEditedByThemselves() throws Exception {
        AccessScope operator = TestPrincipals.operator(facilityOne);
        mvc.perform(as(operator, get("/api/operators/" + operatorOne)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value(FacilityFixture.creditCode(9401)))
                .andExpect(jsonPath("$.qualifications[0].licenceKind").value("食品经营许可证"))
                .andExpect(jsonPath("$.qualifications[0].validUntil").value("2029-06-30"));
        mvc.perform(as(operator, get("/api/operators/" + operatorTwo))).andExpect(status().isNotFound());
        mvc.perform(as(operator, get("/api/operators")))
                .andExpect(jsonPath("$[*].id").value(Matchers.contains((int) operatorOne)));

        String changed = "{\"name\":\"一号餐饮\",\"brand\":\"幸福里\",\"creditCode\":\"" + FacilityFixture.creditCode(9401)
                + "\",\"contactPhone\":\"025-66668888\",\"qualifications\":[]}";
        mvc.perform(json(operator, put("/api/operators/" + operatorOne), changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactPhone").value("025-66668888"))
                .andExpect(jsonPath("$.qualifications.length()").value(0));
        mvc.perform(json(operator, put("/api/operators/" + operatorTwo), changed))
                .andExpect(status().isNotFound());
        mvc.perform(json(operator, post("/api/operators"), changed)).andExpect(status().isForbidden());

        AccessScope worker = TestPrincipals.inPlaces(Role.COMMUNITY_WORKER, at.communityB);
        mvc.perform(as(worker, get("/api/operators/" + operatorTwo))).andExpect(status().isOk());
        mvc.perform(as(worker, get("/api/operators/" + operatorOne))).andExpect(status().isNotFound());
        mvc.perform(as(TestPrincipals.resident(), get("/api/operators"))).andExpect(status().isForbidden());
    }

    @Test
    void aNewOperatorsCreditCodeIsChecked() throws Exception {
        String code = FacilityFixture.creditCode(9403);
        String typo = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        String body = "{\"name\":\"三号家政\",\"creditCode\":\"%s\",\"qualifications\":[{\"licenceKind\":\"营业执照\"}]}";
        mvc.perform(json(TestPrincipals.admin(), post("/api/operators"), body.formatted(typo)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("creditCode", "qualifications[0]")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("check character")));
        mvc.perform(json(
                        TestPrincipals.admin(),
                        post("/api/operators"),
                        body.formatted(FacilityFixture.creditCode(9401))
                                .replace(",\"qualifications\":[{\"licenceKind\":\"营业执照\"}]", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("already has")));
        mvc.perform(json(
                        TestPrincipals.admin(),
                        post("/api/operators"),
                        "{\"name\":\"三号家政\",\"creditCode\":\"" + code + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("三号家政"));
    }
}
