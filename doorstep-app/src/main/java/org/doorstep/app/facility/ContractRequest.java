package org.doorstep.app.facility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of a contract create or update; every field nullable so that each missing one is reported by name. */
record ContractRequest(
        @Nullable Long facilityId,
        @Nullable Long operatorId,
        @Nullable Double spaceGranted_m2,
        @Nullable String obligations,
        @Nullable String cappedPrices,
        @Nullable List<PriceCap> priceCaps,
        @Nullable LocalDate termStart,
        @Nullable LocalDate termEnd) {

    /** Checks what needs no database; returns the price caps to store (empty where none). */
    List<PriceCap> check(Faults faults) {
        require(facilityId, "facilityId", faults);
        require(operatorId, "operatorId", faults);
        if (spaceGranted_m2 == null || !(spaceGranted_m2 > 0) || spaceGranted_m2.isInfinite()) {
            faults.add("spaceGranted_m2", "the space granted must be more than 0 square metres");
        }
        if (obligations == null || obligations.isBlank() || obligations.length() > 4000) {
            faults.add("obligations", "the public-welfare obligations are needed, in at most 4,000 characters");
        }
        if (cappedPrices != null && cappedPrices.length() > 4000) {
            faults.add("cappedPrices", "at most 4,000 characters");
        }
        require(termStart, "termStart", faults);
        require(termEnd, "termEnd", faults);
        if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
            faults.add("termEnd", "the term ends " + termEnd + ", before it starts " + termStart);
        }
        List<PriceCap> caps = priceCaps == null ? List.of() : priceCaps;
        for (int i = 0; i < caps.size(); i++) {
            checkCap(caps.get(i), "priceCaps[" + i + "]", faults);
        }
        return caps;
    }

    private static void checkCap(PriceCap cap, String field, Faults faults) {
        if (cap.item() == null
                || cap.item().isBlank()
                || cap.unit() == null
                || cap.unit().isBlank()) {
            faults.add(field, "a capped price needs its item and its unit");
        }
        BigDecimal price = cap.maxPrice_yuan();
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
            faults.add(field, "the price must be 0 or more yuan with at most two decimals, got " + price);
        }
    }

    private static void require(@Nullable Object value, String field, Faults faults) {
        if (value == null) {
            faults.add(field, "required");
        }
    }
}
