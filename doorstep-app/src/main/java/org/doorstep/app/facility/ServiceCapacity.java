package org.doorstep.app.facility;

/**
 * How many people a facility serves at once for one kind of service.
 *
 * @param serviceKind a lower-case code such as {@code day_care}, {@code meals} or {@code nursery_full_day}
 * @param places places, seats or servings at one time; zero or more
 */
public record ServiceCapacity(String serviceKind, int places) {}
