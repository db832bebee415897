package org.doorstep.app.meals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.IneligibleException;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentFacts;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Menus (kept by the canteen's operator), orders (by residents for their households, by community workers for their
 * residents) and the daily ledger. A resident who meets a subsidy rule gets its amount off the first meal of a day;
 * later meals that day are at full price, and the database refuses a second subsidised one even under races.
 */
@Service
class MealService {

    /** The most days one ledger request answers: a leap year, for a chart of the year. */
    static final int MAX_LEDGER_DAYS = 366;

    private final MealRepository meals;
    private final MealOrdering ordering;
    private final MealProperties properties;
    private final RegistryService registry;
    private final FacilityService facilities;
    private final Clock clock;

    MealService(
            MealRepository meals,
            MealOrdering ordering,
            MealProperties properties,
            RegistryService registry,
            FacilityService facilities,
            Clock clock) {
        this.meals = meals;
        this.ordering = ordering;
        this.properties = properties;
        this.registry = registry;
        this.facilities = facilities;
        this.clock = clock;
    }

    Menu createMenu(
            AccessScope scope, long canteenId, LocalDate day, Meal meal, String dishes, int price_fen, int servings) {
        requireCanteen(scope, canteenId);
        if (dishes == null || dishes.isBlank() || price_fen < 0 || servings < 0) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "dishes must not be blank, price_fen and servings not negative");
        }
        try {
            return meals.findMenu(meals.insertMenu(canteenId, day, meal, dishes, price_fen, servings))
                    .orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "canteen " + canteenId + " has a " + meal + " menu on " + day + " already");
        }
    }

    List<Menu> listMenus(long canteenId, LocalDate day) {
        return meals.listMenus(canteenId, day);
    }

    /**
     * Orders the meal for a resident the user sees, brought home where asked.
     *
     * @throws IneligibleException {@code HOME_DELIVERY} on field {@code homeDelivery} for a resident outside the
     *     delivery rule; nothing is written then
     */
    MealOrder order(AccessScope scope, long menuId, long residentId, boolean homeDelivery) {
        scope.requireIndividuals();
        Menu menu = meals.findMenu(menuId).orElseThrow(() -> notFound("menu", menuId));
        ResidentFacts facts = facts(scope, residentId);
        DeliveryRule delivery = properties.delivery();
        if (homeDelivery && !delivery.allows(facts)) {
            throw new IneligibleException(DeliveryRule.CODE, "homeDelivery", delivery.refusal(), delivery.terms());
        }
        String address = homeDelivery
                ? registry.findHouseholdAddress(scope, facts.householdId())
                        .orElseThrow(() -> notFound("household", facts.householdId()))
                : null;
        Optional<SubsidyRule> rule = properties.subsidyFor(facts);
        if (rule.isPresent() && !meals.hasSubsidisedMeal(residentId, menu.day())) {
            try {
                return ordering.place(scope, order(menu, residentId, rule.get(), address), facts, clock.instant());
            } catch (DuplicateKeyException raced) {
                // Another order of the same resident took the day's subsidy first: this one is at full price.
            }
        }
        return ordering.place(scope, order(menu, residentId, null, address), facts, clock.instant());
    }

    /**
     * Whether a resident the user sees may have meals brought home (the resident's facts read from the registry,
     * audited there).
     *
     * @throws ResponseStatusException 404 for a resident the user does not see
     */
    DeliveryEligibility getDeliveryEligibility(AccessScope scope, long residentId) {
        scope.requireIndividuals();
        return properties.delivery().eligibility(facts(scope, residentId));
    }

    /**
     * Cancels an order the user sees, before its meal's cut-off: the serving goes back to the menu and the subsidy is
     * released (the ledger no longer counts the order).
     *
     * @throws ResponseStatusException 404 for an order the user does not see, 409 once cancelled or past the cut-off
     */
    OrderedMeal cancel(AccessScope scope, long orderId) {
        scope.requireIndividuals();
        MealRepository.OrderRow found =
                meals.findOrder(scope, orderId).orElseThrow(() -> notFound("meal order", orderId));
        MealOrder order = found.order();
        Instant cutOff = properties.cutOff(found.meal(), order.day());
        Instant now = clock.instant();
        if (!now.isBefore(cutOff)) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "the " + found.meal() + " of " + order.day() + " can no longer be cancelled: its cut-off was "
                            + cutOff);
        }
        if (order.cancelledAt() != null || !ordering.cancel(order, now)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "meal order " + orderId + " is cancelled already");
        }
        return ordered(meals.findOrder(scope, orderId).orElseThrow());
    }

    /** The orders the user sees (a resident its households') of meals from {@code day} on, by day, meal and id. */
    List<OrderedMeal> listOrders(AccessScope scope, LocalDate from) {
        scope.requireIndividuals();
        return meals.listOrders(scope, from).stream().map(this::ordered).toList();
    }

    private OrderedMeal ordered(MealRepository.OrderRow row) {
        return new OrderedMeal(
                row.order(),
                row.meal(),
                row.dishes(),
                properties.cutOff(row.meal(), row.order().day()));
    }

    MealLedger ledger(AccessScope scope, long canteenId, LocalDate day) {
        return ledgers(scope, canteenId, day, day).get(0);
    }

    /**
     * The canteen's ledger of each day from {@code from} to {@code to}, both included, at most
     * {@value #MAX_LEDGER_DAYS} days: for a chart of the subsidies' trend in one call.
     */
    List<MealLedger> ledgers(AccessScope scope, long canteenId, LocalDate from, LocalDate to) {
        requireCanteen(scope, canteenId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_LEDGER_DAYS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from and to: from " + from + " to " + to + " must be 1 to " + MAX_LEDGER_DAYS + " days, in order");
        }
        return meals.ledgers(canteenId, from, to);
    }

    private static MealOrder order(Menu menu, long residentId, @Nullable SubsidyRule rule, @Nullable String address) {
        int subsidy = rule == null ? 0 : Math.min(rule.amount_fen(), menu.price_fen());
        String code = subsidy == 0 ? null : rule.code();
        return new MealOrder(
                0,
                menu.id(),
                menu.canteenId(),
                menu.day(),
                residentId,
                menu.price_fen() - subsidy,
                subsidy,
                code,
                address != null,
                address,
                null);
    }

    private ResidentFacts facts(AccessScope scope, long residentId) {
        return registry.findResidentFacts(scope, residentId).orElseThrow(() -> notFound("resident", residentId));
    }

    /** The operator of the canteen or an administrator; to anyone else's operator the canteen does not exist. */
    private void requireCanteen(AccessScope scope, long canteenId) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        boolean canteen = facilities
                .findFacility(canteenId)
                .filter(f -> f.category() == ServiceCategory.MEALS)
                .isPresent();
        if (!canteen || !(scope.isAdmin() || scope.facilityIds().contains(canteenId))) {
            throw notFound("canteen", canteenId);
        }
    }

    private static ResponseStatusException notFound(String kind, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + kind + " " + id);
    }
}
