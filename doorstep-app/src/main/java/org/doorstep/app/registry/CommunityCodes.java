package org.doorstep.app.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the communities an import names by their 12-digit statistical division codes, inside the importer's scope,
 * remembering each code's answer for the rest of the file. One per import.
 */
final class CommunityCodes {

    static final String COLUMN = "community_code";
    private static final Pattern CODE = Pattern.compile("\\d{12}");

    private final Places places;
    private final CommunityScope scopes;
    private final AccessScope scope;
    private final Map<String, Optional<Place>> byCode = new HashMap<>();
    private final Map<String, String> faults = new HashMap<>();

    CommunityCodes(Places places, CommunityScope scopes, AccessScope scope) {
        this.places = places;
        this.scopes = scopes;
        this.scope = scope;
    }

    /** The id of the row's community, or null with a problem where the code is bad, unknown or outside the scope. */
    @Nullable
    Long resolve(ImportCells cells) {
        String code = cells.required(COLUMN);
        if (code == null) {
            return null;
        }
        Optional<Place> community = byCode.computeIfAbsent(code, this::lookUp);
        if (community.isEmpty()) {
            cells.problem(COLUMN, faults.get(code));
            return null;
        }
        return community.get().id();
    }

    private Optional<Place> lookUp(String code) {
        if (!CODE.matcher(code).matches()) {
            return fault(code, "'" + code + "' is not a community code: those have 12 digits");
        }
        Optional<Place> place = places.findByCode(code);
        if (place.isEmpty()) {
            return fault(code, "no community has the code " + code);
        }
        if (place.get().level() != PlaceLevel.COMMUNITY) {
            return fault(
                    code,
                    code + " is the code of a " + place.get().level().name().toLowerCase(java.util.Locale.ROOT)
                            + ", not of a community");
        }
        if (scopes.covered(scope, List.of(place.get().id())).isEmpty()) {
            return fault(code, "community " + code + " (" + place.get().name() + ") is outside your scope");
        }
        return place;
    }

    private Optional<Place> fault(String code, String message) {
        faults.put(code, message);
        return Optional.empty();
    }
}
