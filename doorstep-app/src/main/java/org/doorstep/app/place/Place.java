package org.doorstep.app.place;

import java.util.Collection;
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
        @Nullable Double centreLat) {

    /**
     * True when this place is one of {@code placeIds} or lies below one of them: the Java twin of the place condition
     * of {@code account.ScopeSql}, for checks on a single place that is already loaded.
     */
    public boolean liesWithin(Collection<Long> placeIds) {
        return placeIds.contains(id)
                || (streetId != null && placeIds.contains(streetId))
                || (districtId != null && placeIds.contains(districtId))
                || (cityId != null && placeIds.contains(cityId));
    }
}
