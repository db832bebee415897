package org.doorstep.app.place;

/**
 * The SQL condition "this community column lies at or below a place", through the denormalised ancestor columns of
 * {@code place}, for aggregates over a community, street, district or city.
 */
public final class PlaceSql {

    private PlaceSql() {}

    /** The condition; the caller binds the place id as {@code :parameter}. */
    public static String atOrBelow(String communityColumn, String parameter) {
        String p = ":" + parameter;
        return communityColumn + " in (select ab.id from place ab where ab.id = " + p + " or ab.street_id = " + p
                + " or ab.district_id = " + p + " or ab.city_id = " + p + ")";
    }
}
