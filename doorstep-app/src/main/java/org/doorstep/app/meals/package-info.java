/**
 * Community canteens' meals: a menu per day and meal with its servings, orders by or for residents with subsidies
 * decided from the registry (for example 80 and over, or elderly with special difficulties: an amount per meal, at most
 * one subsidised meal a day, kept by a unique index), home delivery to the household's address for those the registry
 * says cannot be expected to walk (by default 80 and over, disabled, elderly with special difficulties; others are
 * refused with {@link org.doorstep.app.booking.IneligibleException} {@code HOME_DELIVERY}, and the resident's page
 * asks {@code GET /api/meals/delivery} before it offers delivery), and the daily subsidy ledger of each canteen.
 */
@NullMarked
package org.doorstep.app.meals;

import org.jspecify.annotations.NullMarked;
