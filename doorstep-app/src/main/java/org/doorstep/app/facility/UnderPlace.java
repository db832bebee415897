package org.doorstep.app.facility;

/**
 * The SQL condition "this community column lies at or below place {@code :underPlace}", through the denormalised
 * ancestor columns of {@code place}; the caller binds {@code underPlace}.
 */
final class UnderPlace {

    private UnderPlace() {}

    static String sql(String communityColumn) {
        return communityColumn + " in (select up.id from place up where up.id = :underPlace"
                + " or up.street_id = :underPlace or up.district_id = :underPlace or up.city_id = :underPlace)";
    }
}
