package org.doorstep.app.meals;

/** The meals of a canteen's day. */
enum Meal {
    BREAKFAST,
    LUNCH,
    DINNER
}
