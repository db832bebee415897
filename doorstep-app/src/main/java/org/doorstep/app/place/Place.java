package org.doorstep.app.place;

import org.jspecify.annotations.Nullable;

/**
 * A place of any level, without its boundary (which can be large; see {@link Places#boundary(long)}).
 *
 * @param code the national statistical division code, or null for a place without one
 * @param parentId the enclosing place, null for a city
 * @param centreLon centre longitude in WGS 84 degrees, null where unknown
 */
public record Place(
        long id,
        PlaceLevel level,
        @Nullable String code,
        String name,
        @Nullable Long parentId,
        @Nullable Long cityId,
        @Nullable Long districtId,
        @Nullable Long streetId,
        @Nullable Double centreLon,
        @Nullable Double centreLat) {}
