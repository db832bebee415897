package org.doorstep.app.meals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/meals}: menus, orders, who may have meals brought home and the daily subsidy ledger. */
@RestController
@RequestMapping("/api/meals")
@EnableConfigurationProperties(MealProperties.class)
class MealController {

    record MenuRequest(long canteenId, LocalDate day, Meal meal, String dishes, int price_fen, int servings) {}

    record OrderRequest(long menuId, long residentId, boolean homeDelivery) {}

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MealService meals;
    private final AccessScopes scopes;
    private final Clock clock;

    MealController(MealService meals, AccessScopes scopes, Clock clock) {
        this.meals = meals;
        this.scopes = scopes;
        this.clock = clock;
    }

    @PostMapping("/menus")
    Menu createMenu(@RequestBody MenuRequest r) {
        return meals.createMenu(
                scopes.current(), r.canteenId(), r.day(), r.meal(), r.dishes(), r.price_fen(), r.servings());
    }

    @GetMapping("/menus")
    List<Menu> listMenus(@RequestParam long canteenId, @RequestParam LocalDate day) {
        scopes.current();
        return meals.listMenus(canteenId, day);
    }

    @PostMapping("/orders")
    MealOrder order(@RequestBody OrderRequest r) {
        return meals.order(scopes.current(), r.menuId(), r.residentId(), r.homeDelivery());
    }

    /** Whether the resident may have meals brought home, by the delivery rule, whose terms the answer names. */
    @GetMapping("/delivery")
    DeliveryEligibility delivery(@RequestParam long residentId) {
        return meals.getDeliveryEligibility(scopes.current(), residentId);
    }

    /** The user's orders (a resident its households') of meals from today on, in China. */
    @GetMapping("/orders")
    List<OrderedMeal> listOrders() {
        return meals.listOrders(scopes.current(), LocalDate.ofInstant(clock.instant(), CHINA));
    }

    @PostMapping("/orders/{id}/cancel")
    OrderedMeal cancel(@PathVariable long id) {
        return meals.cancel(scopes.current(), id);
    }

    @GetMapping("/ledger")
    MealLedger ledger(@RequestParam long canteenId, @RequestParam LocalDate day) {
        return meals.ledger(scopes.current(), canteenId, day);
    }

    /** The ledger of each day from {@code from} to {@code to}, both included (at most 366 days). */
    @GetMapping("/ledger/days")
    List<MealLedger> ledgers(@RequestParam long canteenId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return meals.ledgers(scopes.current(), canteenId, from, to);
    }
}
