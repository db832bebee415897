package org.doorstep.app.planning;

import org.jspecify.annotations.Nullable;

/**
 * The nearest facility of one category from a home, from the city's newest finished evaluation (general profile).
 *
 * @param facilityRef the facility's id, null where none is reachable
 * @param walkTime_s whole seconds, null where none is reachable
 */
public record HomeAccess(String category, @Nullable Long facilityRef, @Nullable Integer walkTime_s) {}
