package org.doorstep.engine.cli;

/**
 * One candidate site for a new facility: idle or vacated space from a planner's inventory.
 *
 * @param id the inventory's identifier, unique in its file
 * @param floorArea_m2 usable floor area, {@code NaN} where unknown (then it meets no minimum area)
 * @param cost conversion cost in the inventory's currency unit, {@code NaN} where not given
 * @param name display name or the empty string
 * @param owner owner or the empty string
 * @param where where it was read, for messages: {@code line 4} or {@code feature 3}
 */
record Candidate(
        String id, int lonE7, int latE7, double floorArea_m2, double cost, String name, String owner, String where) {}
