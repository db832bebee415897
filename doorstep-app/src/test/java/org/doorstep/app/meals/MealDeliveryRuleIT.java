package org.doorstep.app.meals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.BookingWorld;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The delivery rule is the city's to set: with its age lowered (here to 70, the groups as configured), a resident
 * newly over it has meals brought home and a younger one is still refused, as the resident's page meets it over HTTP.
 */
@DoorstepTest
@Import(TestClock.class)
@TestPropertySource(properties = "doorstep.meals.delivery.min-age=70")
class MealDeliveryRuleIT {

    private static final AccessScope ADMIN = AccessScope.of(1, "admin", Role.ADMIN, Set.of(), Set.of(), Set.of());

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    RegistryService registry;

    @Autowired
    MealService meals;

    @Autowired
    MealProperties properties;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aLoweredAgeBringsMealsHomeToTheNewlyEligibleAndStillRefusesTheYoungerNamingFieldAndRule() {
        int minAge = properties.delivery().minAge();
        assertThat(minAge).as("this test's threshold, below the default").isEqualTo(70);
        BookingWorld world = new BookingWorld(places, facilities, registry, jdbc);
        long canteen = world.facility(ServiceCategory.MEALS, "canteen", world.communityA);
        LocalDate day = TestClock.TODAY.plusDays(1);
        Menu lunch = meals.createMenu(ADMIN, canteen, day, Meal.LUNCH, "青菜 米饭", 1_500, 5);
        // Neither is in any group: only the age decides.
        BookingWorld.Household home = world.household(
                world.communityA,
                Set.of(),
                TestClock.TODAY.minusYears(minAge + 2),
                TestClock.TODAY.minusYears(minAge - 5));
        long over = home.residentIds().get(0);
        long under = home.residentIds().get(1);
        ApiClient resident = new TestAccounts(accounts, port).resident(home.id());
        long before = orders();

        ResponseEntity<String> refused = order(resident, lunch, under);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getFirst("Content-Type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = JsonPath.read(refused.getBody(), "$");
        assertThat(problem)
                .containsEntry("rule", DeliveryRule.CODE)
                .containsEntry("field", "homeDelivery")
                .containsEntry("minAge", minAge);
        assertThat((String) problem.get("detail")).contains("aged " + minAge + " or over");
        assertThat(orders()).as("nothing written").isEqualTo(before);
        assertThat(meals.listMenus(canteen, day)).extracting(Menu::ordered).containsExactly(0);

        ResponseEntity<String> delivered = order(resident, lunch, over);

        assertThat(delivered.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(delivered.getBody(), "$.homeDelivery"))
                .isTrue();
        assertThat(JsonPath.<String>read(delivered.getBody(), "$.deliveryAddress"))
                .isEqualTo(jdbc.sql("select address from household where id = ?")
                        .param(home.id())
                        .query(String.class)
                        .single());
        assertThat(orders()).isEqualTo(before + 1);
        assertThat(allowed(resident, over)).isTrue();
        assertThat(allowed(resident, under)).isFalse();
    }

    private static ResponseEntity<String> order(ApiClient client, Menu menu, long residentId) {
        return client.post(
                "/api/meals/orders", Map.of("menuId", menu.id(), "residentId", residentId, "homeDelivery", true));
    }

    private static boolean allowed(ApiClient client, long residentId) {
        return JsonPath.read(
                client.get("/api/meals/delivery?residentId=" + residentId).getBody(), "$.allowed");
    }

    private long orders() {
        return jdbc.sql("select count(*) from meal_order").query(Long.class).single();
    }
}
