package org.doorstep.app.meals;

import java.time.LocalDate;

/** A canteen's menu for one meal of one day, with servings left. */
record Menu(
        long id, long canteenId, LocalDate day, Meal meal, String dishes, int price_fen, int servings, int ordered) {}
