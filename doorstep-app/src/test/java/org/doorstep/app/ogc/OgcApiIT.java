package org.doorstep.app.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import net.minidev.json.JSONArray;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.planning.SmallCity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** OGC API – Features on a small evaluated city: structure, conformance, paging links, bbox filtering, scope. */
@DoorstepTest
class OgcApiIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @LocalServerPort
    int port;

    SmallCity.Evaluated city;
    ApiClient planner;

    @BeforeEach
    void seed() {
        city = SmallCity.evaluated(context, TestClock.TODAY);
        planner = new TestAccounts(accountService, port)
                .withPlaces(Role.PLANNER, city.city().cityId());
    }

    @Test
    void landingPageLinksTheApiDefinitionConformanceAndCollections() {
        String landing = planner.get("/ogc").getBody();
        List<String> rels = JsonPath.read(landing, "$.links[*].rel");
        assertThat(rels).contains("self", "service-desc", "conformance", "data");
        List<String> hrefs = JsonPath.read(landing, "$.links[*].href");
        assertThat(hrefs).allMatch(h -> h.startsWith("http://localhost:" + port + "/"));
        List<String> classes = JsonPath.read(planner.get("/ogc/conformance").getBody(), "$.conformsTo");
        assertThat(classes)
                .contains(
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
        List<String> ids = JsonPath.read(planner.get("/ogc/collections").getBody(), "$.collections[*].id");
        assertThat(ids).containsExactlyInAnyOrder("facilities", "communities", "buildings", "blindspots");
        List<String> itemLinks = JsonPath.read(
                planner.get("/ogc/collections/facilities").getBody(), "$.links[?(@.rel == 'items')].type");
        assertThat(itemLinks).containsExactly("application/geo+json");
    }

    @Test
    void itemsPageWithNextAndPrevLinksThatCoverEveryFeatureOnce() {
        ResponseEntity<String> first = planner.get("/ogc/collections/facilities/items?limit=7");
        assertThat(first.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        int matched = JsonPath.read(first.getBody(), "$.numberMatched");
        assertThat(matched).isGreaterThan(7);
        List<Object> seen = new java.util.ArrayList<>();
        String body = first.getBody();
        while (true) {
            List<Object> ids = JsonPath.read(body, "$.features[*].id");
            int returned = JsonPath.read(body, "$.numberReturned");
            assertThat(returned).isEqualTo(ids.size()).isLessThanOrEqualTo(7);
            seen.addAll(ids);
            JSONArray next = JsonPath.read(body, "$.links[?(@.rel == 'next')].href");
            if (next.isEmpty()) {
                break;
            }
            assertThat(next.get(0).toString()).contains("limit=7");
            body = planner.get(next.get(0).toString()).getBody();
            JSONArray prev = JsonPath.read(body, "$.links[?(@.rel == 'prev')].href");
            assertThat(prev).hasSize(1);
        }
        assertThat(seen).hasSize(matched).doesNotHaveDuplicates();
    }

    @Test
    void bboxKeepsOnlyFeaturesInsideIt() {
        String all =
                planner.get("/ogc/collections/facilities/items?limit=10000").getBody();
        List<Double> lons = JsonPath.read(all, "$.features[*].geometry.coordinates[0]");
        List<Double> lats = JsonPath.read(all, "$.features[*].geometry.coordinates[1]");
        double midLon = lons.stream().mapToDouble(Double::doubleValue).sorted().toArray()[lons.size() / 2];
        double south = lats.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double north = lats.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        long expected = lons.stream().filter(lon -> lon <= midLon).count();
        String west = planner.get(
                        "/ogc/collections/facilities/items?limit=10000&bbox=-180," + south + "," + midLon + "," + north)
                .getBody();
        List<Double> inside = JsonPath.read(west, "$.features[*].geometry.coordinates[0]");
        assertThat(inside).hasSize((int) expected).allMatch(lon -> lon <= midLon);
        assertThat((Integer) JsonPath.read(west, "$.numberMatched")).isEqualTo((int) expected);
        assertThat(status(planner, "/ogc/collections/facilities/items?bbox=1,2,3"))
                .isEqualTo(400);
    }

    @Test
    void blindSpotsAreForPlannersWithSmallCountsSuppressed() {
        String body = planner.get("/ogc/collections/blindspots/items?limit=10000&category=elderly_care")
                .getBody();
        List<Map<String, Object>> properties = JsonPath.read(body, "$.features[*].properties");
        assertThat(properties).allSatisfy(p -> {
            assertThat(p).containsKeys("walkTime_s", "residents", "suppressed").doesNotContainKeys("name", "address");
            if (Boolean.TRUE.equals(p.get("suppressed"))) {
                assertThat(p.get("residents")).isNull();
            } else {
                assertThat(((Number) p.get("residents")).longValue()).isGreaterThanOrEqualTo(5);
            }
            Object walk = p.get("walkTime_s");
            assertThat(walk == null || ((Number) walk).intValue() > 15 * 60).isTrue();
        });
        ApiClient resident = new TestAccounts(accountService, port)
                .resident(city.city().households().get(0));
        assertThat(status(resident, "/ogc/collections/blindspots/items")).isEqualTo(403);
    }

    @Test
    void aSingleFeatureHasItsSelfAndCollectionLinks() {
        String page = planner.get("/ogc/collections/communities/items?limit=1").getBody();
        Object id = JsonPath.read(page, "$.features[0].id");
        String feature = planner.get("/ogc/collections/communities/items/" + id).getBody();
        assertThat((Object) JsonPath.read(feature, "$.id")).isEqualTo(id);
        List<String> rels = JsonPath.read(feature, "$.links[*].rel");
        assertThat(rels).contains("self", "collection");
        assertThat(status(planner, "/ogc/collections/communities/items/999999999"))
                .isEqualTo(404);
    }

    private static int status(ApiClient client, String path) {
        HttpStatusCode code = client.rest().get().uri(path).exchange((request, response) -> response.getStatusCode());
        return code.value();
    }
}
