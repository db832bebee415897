package org.doorstep.app.planning;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.doorstep.engine.access.WhatIfChange;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A planner's what-if session over one city: edits accumulate per category (an engine session each, started on the
 * first edit of the category) and never reach the registry. Edits of one session run one at a time.
 */
final class WhatIfSession {

    /** A facility added in the session: its category and engine id. */
    private record Added(ServiceCategory category, int engineId) {}

    private final String id;
    private final String owner;
    private final PlannedCity city;
    private final Map<Long, Integer> engineIdOfFacility = new HashMap<>();
    private final Map<Long, Added> added = new HashMap<>();
    private final Map<ServiceCategory, CategoryWhatIf> categories = new EnumMap<>(ServiceCategory.class);
    private Instant lastUsed;

    WhatIfSession(String id, String owner, PlannedCity city, Instant now) {
        this.id = id;
        this.owner = owner;
        this.city = city;
        this.lastUsed = now;
        for (int f = 0; f < city.model().city().facilities().size(); f++) {
            engineIdOfFacility.put(city.model().facilityId(f), f);
        }
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    PlannedCity city() {
        return city;
    }

    synchronized Instant lastUsed() {
        return lastUsed;
    }

    synchronized WhatIfOutcome apply(WhatIfEdit edit, Instant now) {
        lastUsed = now;
        String kind = edit.kind() == null ? "" : edit.kind();
        return switch (kind) {
            case "add" -> add(edit);
            case "move" -> move(edit);
            case "close" -> close(edit);
            default -> throw new PlanningInputException("kind", "must be add, move or close, got '" + kind + "'");
        };
    }

    private WhatIfOutcome add(WhatIfEdit edit) {
        ServiceCategory category = category(edit.category());
        double lon = required("lon", edit.lon());
        double lat = required("lat", edit.lat());
        city.requireInside(lon, lat);
        CategoryWhatIf state = state(category);
        WhatIfChange change = state.open(lon, lat);
        long newId = -(added.size() + 1L);
        added.put(newId, new Added(category, change.facility()));
        return WhatIfOutcome.of("add", newId, state, city.model(), change);
    }

    private WhatIfOutcome move(WhatIfEdit edit) {
        long facilityId = required("facilityId", edit.facilityId());
        double lon = required("lon", edit.lon());
        double lat = required("lat", edit.lat());
        city.requireInside(lon, lat);
        Added facility = openFacility(facilityId);
        CategoryWhatIf state = state(facility.category());
        return WhatIfOutcome.of("move", facilityId, state, city.model(), state.move(facility.engineId(), lon, lat));
    }

    private WhatIfOutcome close(WhatIfEdit edit) {
        long facilityId = required("facilityId", edit.facilityId());
        Added facility = openFacility(facilityId);
        CategoryWhatIf state = state(facility.category());
        return WhatIfOutcome.of("close", facilityId, state, city.model(), state.close(facility.engineId()));
    }

    /** The facility's category and engine id, if it is open in the session. */
    private Added openFacility(long facilityId) {
        Added facility = added.get(facilityId);
        Integer engineId = engineIdOfFacility.get(facilityId);
        if (facility == null && engineId != null) {
            facility = new Added(city.model().city().facilities().category(engineId), engineId);
        }
        if (facility == null) {
            throw new PlanningInputException(
                    "facilityId", "no open facility " + facilityId + " in city " + city.cityId());
        }
        if (!state(facility.category()).isOpen(facility.engineId())) {
            throw new PlanningInputException("facilityId", "facility " + facilityId + " is closed in this session");
        }
        return facility;
    }

    private CategoryWhatIf state(ServiceCategory category) {
        return categories.computeIfAbsent(category, c -> CategoryWhatIf.start(city, c));
    }

    private static ServiceCategory category(@Nullable String code) {
        if (code == null) {
            throw new PlanningInputException("category", "is required to add a facility");
        }
        try {
            return ServiceCategory.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new PlanningInputException("category", e.getMessage());
        }
    }

    private static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new PlanningInputException(field, "is required");
        }
        return value;
    }
}
