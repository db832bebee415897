package org.doorstep.app.place;

/** The levels of China's urban administration that Doorstep keeps, from the top down. */
public enum PlaceLevel {
    CITY,
    DISTRICT,
    STREET,
    COMMUNITY;

    /** The level directly below this one, or null for a community. */
    public PlaceLevel child() {
        return this == COMMUNITY ? null : values()[ordinal() + 1];
    }
}
