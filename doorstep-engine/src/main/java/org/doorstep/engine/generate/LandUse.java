package org.doorstep.engine.generate;

/** What a block between local streets is used for; only the first three hold residential buildings. */
enum LandUse {
    /** A compound of 6-storey walk-ups in rows, the typical 1980s–2000s 小区. */
    WALK_UP,
    /** A compound of 18–30 storey point towers. */
    TOWER,
    /** Low-rise old lanes (老街巷) along fishbone alleys. */
    OLD_LANES,
    PARK,
    CAMPUS,
    /** Offices, shops, workshops: walkable around, no residents. */
    OTHER,
    /** The strip of the river row that holds the water and its banks. */
    RIVERBANK;

    boolean residential() {
        return this == WALK_UP || this == TOWER || this == OLD_LANES;
    }
}
