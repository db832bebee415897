package org.doorstep.app.meals;

import java.time.Instant;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.registry.ResidentFacts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Takes a serving and records the order in one transaction, so that a menu never sells more servings than it has and
 * a refused subsidy (the unique index on resident and subsidised day) leaves nothing behind.
 */
@Component
class MealOrdering {

    private final MealRepository meals;

    MealOrdering(MealRepository meals) {
        this.meals = meals;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException where the order is subsidised and the resident already
     *     had a subsidised meal that day; nothing is written then
     */
    @Transactional
    MealOrder place(AccessScope scope, MealOrder order, ResidentFacts facts, Instant now) {
        if (!meals.takeServing(order.menuId())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "menu " + order.menuId() + " has no servings left");
        }
        long id = meals.insertOrder(order, facts.householdId(), facts.communityId(), scope.userId(), now);
        return new MealOrder(
                id,
                order.menuId(),
                order.canteenId(),
                order.day(),
                order.residentId(),
                order.price_fen(),
                order.subsidy_fen(),
                order.subsidyRule(),
                order.homeDelivery(),
                order.deliveryAddress(),
                null);
    }

    /**
     * Cancels the order and gives its serving back in one transaction; its subsidy is released, so that the resident
     * may have another subsidised meal that day. False where it was cancelled already (nothing changes then).
     */
    @Transactional
    boolean cancel(MealOrder order, Instant now) {
        if (!meals.cancelOrder(order.id(), now)) {
            return false;
        }
        meals.releaseServing(order.menuId());
        return true;
    }
}
