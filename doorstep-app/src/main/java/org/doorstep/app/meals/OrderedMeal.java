package org.doorstep.app.meals;

import java.time.Instant;

/** An order with its menu's meal and dishes, and until when it may be cancelled (the meal's cut-off). */
record OrderedMeal(MealOrder order, Meal meal, String dishes, Instant cancellableUntil) {}
