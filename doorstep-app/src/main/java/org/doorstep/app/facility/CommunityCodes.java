package org.doorstep.app.facility;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the 12-digit community codes of an import to communities the importer may write to, remembering each
 * code it has looked up. Not thread-safe; one per import.
 */
final class CommunityCodes {

    private final Places places;
    private final AccessScope scope;
    private final Map<String, Optional<Place>> known = new HashMap<>();

    CommunityCodes(Places places, AccessScope scope) {
        this.places = places;
        this.scope = scope;
    }

    /** The community of a code; null with a problem on {@code column} where it is unknown or outside the scope. */
    @Nullable
    Place resolve(RowCells cells, String column) {
        String code = cells.required(column);
        if (code == null) {
            return null;
        }
        if (!code.matches("[0-9]{12}")) {
            cells.problem(column, "'" + code + "' is not a community code (12 digits, such as 320102002001)");
            return null;
        }
        Optional<Place> place = known.computeIfAbsent(code, places::findByCode);
        if (place.isEmpty() || place.get().level() != PlaceLevel.COMMUNITY) {
            cells.problem(column, "unknown community code " + code + " (import the city's divisions first)");
            return null;
        }
        if (!scope.isAdmin() && !place.get().liesWithin(scope.placeIds())) {
            cells.problem(
                    column,
                    "community " + code + " (" + place.get().name() + ") lies outside the places granted to you");
            return null;
        }
        return place.get();
    }
}
