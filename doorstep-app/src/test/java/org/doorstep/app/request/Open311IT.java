package org.doorstep.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GeoReport v2 round trips as a standard client makes them: form-encoded POSTs, JSON read with JsonPath and XML with
 * the JDK's DOM parser, element names, order and date formats checked against the specification.
 */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311IT {

    /** The fields of a GeoReport v2 request, in the specification's order. */
    static final List<String> REQUEST_FIELDS = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");

    /** ISO 8601 in the w3 profile, with an offset or Z, as the specification demands. */
    static final String W3_DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";

    static final double LAT_A = 32.0500;
    static final double LON_A = 118.7800;
    static final double LAT_B = 32.1000;
    static final double LON_B = 118.8500;

    @Autowired
    Places places;

    @Autowired
    AccountService accountService;

    @LocalServerPort
    int port;

    TestAccounts accounts;
    ApiClient resident;

    @BeforeAll
    void createWorld() {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "请求市", null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "请求区", city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "请求街道", district, null, null, null));
        places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "东社区", street, null, LON_A, LAT_A));
        places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "西社区", street, null, LON_B, LAT_B));
        accounts = new TestAccounts(accountService, port);
        resident = newResident();
    }

    @Test
    void discoveryAndTheServiceCatalogueArePublicInBothFormats() throws Exception {
        ApiClient anonymous = accounts.anonymous();
        ResponseEntity<String> discovery = anonymous.get("/open311/v2/discovery.json");
        assertThat(discovery.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(discovery.getBody(), "$.endpoints[0].specification"))
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(JsonPath.<List<String>>read(discovery.getBody(), "$.endpoints[0].formats"))
                .containsExactly("text/xml", "application/json");
        Element discoveryXml = xml(anonymous.get("/open311/v2/discovery.xml"));
        assertThat(discoveryXml.getTagName()).isEqualTo("discovery");
        assertThat(text(child(child(child(discoveryXml, "endpoints"), "endpoint"), "url")))
                .endsWith("/open311/v2");

        Element services = xml(anonymous.get("/open311/v2/services.xml"));
        assertThat(services.getTagName()).isEqualTo("services");
        Element first = child(services, "service");
        assertThat(childNames(first))
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(child(first, "type"))).isEqualTo("realtime");
        List<String> codes =
                JsonPath.read(anonymous.get("/open311/v2/services.json").getBody(), "$[*].service_code");
        assertThat(codes).contains("repair", "housekeeping", "sanitation", "elderly_care", "noise");

        ResponseEntity<String> definition = anonymous.get("/open311/v2/services/repair.json");
        assertThat(JsonPath.<String>read(definition.getBody(), "$.service_code"))
                .isEqualTo("repair");
        assertThat(JsonPath.<List<String>>read(definition.getBody(), "$.attributes[0].values[*].key"))
                .containsExactly("home", "common");
        Element definitionXml = xml(anonymous.get("/open311/v2/services/repair.xml"));
        Element attribute = child(child(definitionXml, "attributes"), "attribute");
        assertThat(childNames(attribute))
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        assertThat(text(child(child(child(attribute, "values"), "value"), "key")))
                .isEqualTo("home");

        assertThat(anonymous.get("/open311/v2/requests.json").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aFormEncodedPostWithAnApiKeyComesBackInJsonAndXml() throws Exception {
        MultiValueMap<String, String> form = form("repair", LAT_B + 0.0100, LON_B);
        form.add("api_key", resident.token());
        form.add("description", "楼道灯坏了");
        form.add("address_string", "西社区3栋2单元");
        form.add("first_name", "明");
        form.add("last_name", "王");
        form.add("phone", "13900001111");
        form.add("attribute[where]", "common");
        ResponseEntity<String> created = postForm(accounts.anonymous(), "/open311/v2/requests.xml", form);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Element receipt = xml(created);
        assertThat(receipt.getTagName()).isEqualTo("service_requests");
        Element request = child(receipt, "request");
        assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
        String id = text(child(request, "service_request_id"));

        Element back = child(xml(resident.get("/open311/v2/requests/" + id + ".xml")), "request");
        assertThat(childNames(back)).isEqualTo(REQUEST_FIELDS);
        assertThat(text(child(back, "status"))).isEqualTo("open");
        assertThat(text(child(back, "description"))).isEqualTo("楼道灯坏了");
        String requested = text(child(back, "requested_datetime"));
        assertThat(requested).matches(W3_DATETIME).isEqualTo(w3(TestClock.NOW));
        assertThat(text(child(back, "expected_datetime")))
                .as("repairs are promised within 48 hours")
                .isEqualTo(w3(TestClock.NOW.plusSeconds(48 * 3600)));
        assertThat(Double.parseDouble(text(child(back, "lat")))).isEqualTo(LAT_B + 0.0100);

        String json = resident.get("/open311/v2/requests.json?service_request_id=" + id)
                .getBody();
        assertThat(JsonPath.<List<String>>read(json, "$[*].service_request_id")).containsExactly(id);
        assertThat(JsonPath.<Map<String, Object>>read(json, "$[0]").keySet()).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(JsonPath.<String>read(json, "$[0].updated_datetime")).matches(W3_DATETIME);
        assertThat(JsonPath.<Double>read(json, "$[0].long")).isEqualTo(LON_B);
        String filtered = resident.get("/open311/v2/requests.json?service_code=repair&status=open&start_date="
                        + w3(TestClock.NOW.minusSeconds(60)))
                .getBody();
        assertThat(JsonPath.<List<String>>read(filtered, "$[*].service_request_id"))
                .contains(id);
        assertThat(JsonPath.<List<Object>>read(
                        resident.get("/open311/v2/requests.json?status=closed").getBody(), "$"))
                .isEmpty();
    }

    @Test
    void aReportNearAnOpenRequestOfTheSameServiceGetsItsIdAndAPlusOne() {
        ApiClient first = newResident();
        ApiClient second = newResident();
        String id = JsonPath.read(
                postForm(first, "/open311/v2/requests.json", form("sanitation", LAT_A, LON_A))
                        .getBody(),
                "$[0].service_request_id");
        // 0.00027° of latitude is about 30 m.
        ResponseEntity<String> near =
                postForm(second, "/open311/v2/requests.json", form("sanitation", LAT_A + 0.00027, LON_A));
        assertThat(near.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<String>read(near.getBody(), "$[0].service_request_id"))
                .isEqualTo(id);
        assertThat(JsonPath.<String>read(near.getBody(), "$[0].service_notice")).startsWith("+1");
        ResponseEntity<String> far =
                postForm(second, "/open311/v2/requests.json", form("sanitation", LAT_A + 0.0018, LON_A));
        assertThat(far.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JsonPath.<String>read(far.getBody(), "$[0].service_request_id"))
                .isNotEqualTo(id);
        ResponseEntity<String> otherService =
                postForm(second, "/open311/v2/requests.json", form("noise", LAT_A + 0.00027, LON_A));
        assertThat(JsonPath.<String>read(otherService.getBody(), "$[0].service_request_id"))
                .isNotEqualTo(id);

        assertThat(JsonPath.<String>read(
                        postForm(first, "/open311/v2/requests.json", form("sanitation", LAT_A, LON_A + 0.0001))
                                .getBody(),
                        "$[0].service_request_id"))
                .as("the reporter's own second report is no +1")
                .isEqualTo(id);
        ResponseEntity<String> plusOne = newResident().post("/api/requests/" + id + "/support", Map.of());
        assertThat(JsonPath.<Integer>read(plusOne.getBody(), "$.supporters")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(
                        second.post("/api/requests/" + id + "/support", Map.of())
                                .getBody(),
                        "$.supporters"))
                .as("a second +1 of the same resident counts once")
                .isEqualTo(2);
        assertThat(second.get("/open311/v2/requests/" + id + ".json").getStatusCode())
                .as("a supporter follows the request")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusalsComeAsTheSpecificationsErrorList() throws Exception {
        ResponseEntity<String> noService = postForm(resident, "/open311/v2/requests.xml", new LinkedMultiValueMap<>());
        assertThat(noService.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Element errors = xml(noService);
        assertThat(errors.getTagName()).isEqualTo("errors");
        Element error = child(errors, "error");
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(child(error, "code"))).isEqualTo("400");
        assertThat(text(child(error, "description"))).contains("service_code");

        ResponseEntity<String> unknown =
                postForm(resident, "/open311/v2/requests.json", form("teleport", LAT_A, LON_A));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JsonPath.<Integer>read(unknown.getBody(), "$[0].code")).isEqualTo(404);

        MultiValueMap<String, String> noLocation = new LinkedMultiValueMap<>();
        noLocation.add("service_code", "noise");
        assertThat(JsonPath.<String>read(
                        postForm(resident, "/open311/v2/requests.json", noLocation)
                                .getBody(),
                        "$[0].description"))
                .contains("location");
        MultiValueMap<String, String> missingAttribute = form("elderly_care", LAT_A, LON_A);
        assertThat(JsonPath.<String>read(
                        postForm(resident, "/open311/v2/requests.json", missingAttribute)
                                .getBody(),
                        "$[0].description"))
                .contains("attribute[care_kind]");

        assertThat(text(child(child(xml(resident.get("/open311/v2/requests/99999999.xml")), "error"), "code")))
                .isEqualTo("404");
        assertThat(resident.get("/open311/v2/requests.json?start_date=yesterday")
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    ApiClient newResident() {
        return accounts.signIn(Role.RESIDENT, Set.of(), Set.of(), Set.of());
    }

    static MultiValueMap<String, String> form(String service, double lat, double lon) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("service_code", service);
        form.add("lat", Double.toString(lat));
        form.add("long", Double.toString(lon));
        return form;
    }

    static ResponseEntity<String> postForm(ApiClient client, String path, MultiValueMap<String, String> form) {
        return client.rest()
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toEntity(String.class);
    }

    static String w3(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(instant.atZone(ZoneId.of("Asia/Shanghai")));
    }

    static Element xml(ResponseEntity<String> response) throws Exception {
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML))
                .isTrue();
        assertThat(response.getBody()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">: " + childNames(parent));
    }

    static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    static String text(Element element) {
        return element.getTextContent();
    }
}
