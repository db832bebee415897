package org.doorstep.app.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ledger as users keep it: an operator writes and reads its own facilities' entries (administrators any), a
 * facility outside the scope is answered 404; planners, street officers and community workers read the totals of
 * places in their scope, never one facility's entries.
 */
@Service
class LedgerService {

    /** The most months one request of balances answers: three years, for a chart of the trend. */
    static final int MAX_MONTHS = 36;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LedgerRepository ledger;
    private final Places places;
    private final Clock clock;

    LedgerService(LedgerRepository ledger, Places places, Clock clock) {
        this.ledger = ledger;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public LedgerEntry addEntry(AccessScope scope, long facilityId, NewLedgerEntry entry) {
        requireFacility(scope, facilityId);
        if (entry.date() == null || entry.kind() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date and kind are required");
        }
        if (entry.amount_fen() <= 0) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "amount_fen: must be positive (a cost is kind COST; a correction is a reversal), not "
                            + entry.amount_fen());
        }
        long id = ledger.insert(
                facilityId,
                entry.date(),
                entry.kind(),
                entry.amount_fen(),
                entry.note(),
                null,
                scope.username(),
                now());
        return ledger.find(id).orElseThrow();
    }

    /** Adds the reversing entry of an entry, dated today; an entry is reversed once, a reversal never. */
    @Transactional
    public LedgerEntry reverse(AccessScope scope, long entryId, @Nullable String note) {
        LedgerEntry original = ledger.find(entryId)
                .filter(e -> mayKeep(scope, e.facilityId()))
                .orElseThrow(() -> notFound("ledger entry " + entryId));
        if (original.reversesId() != null || ledger.isReversed(entryId)) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "entry " + entryId + " is a reversal or reversed already");
        }
        try {
            long id = ledger.insert(
                    original.facilityId(),
                    LocalDate.ofInstant(clock.instant(), CHINA),
                    original.kind(),
                    -original.amount_fen(),
                    note == null ? "reverses entry " + entryId : note,
                    entryId,
                    scope.username(),
                    now());
            return ledger.find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "entry " + entryId + " was reversed meanwhile");
        }
    }

    public List<LedgerEntry> listEntries(AccessScope scope, long facilityId, YearMonth month) {
        requireFacility(scope, facilityId);
        return ledger.listEntries(facilityId, month);
    }

    public MonthlyBalance facilityBalance(AccessScope scope, long facilityId, YearMonth month) {
        requireFacility(scope, facilityId);
        return ledger.facilityBalance(facilityId, month);
    }

    /**
     * The facility's balance of each month from {@code from} to {@code to}, both included, at most
     * {@value #MAX_MONTHS} months: for a chart of its trend in one request.
     */
    public List<MonthlyBalance> facilityBalances(AccessScope scope, long facilityId, YearMonth from, YearMonth to) {
        requireFacility(scope, facilityId);
        if (to.isBefore(from) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from and to: from " + from + " to " + to + " must be 1 to " + MAX_MONTHS + " months, in order");
        }
        List<MonthlyBalance> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(ledger.facilityBalance(facilityId, month));
        }
        return months;
    }

    public MonthlyBalance placeBalance(AccessScope scope, long placeId, YearMonth month) {
        scope.requireRole(Role.PLANNER, Role.STREET_OFFICER, Role.COMMUNITY_WORKER, Role.ADMIN);
        places.findPlace(placeId)
                .filter(p -> scope.isAdmin() || p.liesWithin(scope.placeIds()))
                .orElseThrow(() -> notFound("place " + placeId));
        return ledger.placeBalance(placeId, month);
    }

    private void requireFacility(AccessScope scope, long facilityId) {
        scope.requireRole(Role.OPERATOR, Role.ADMIN);
        if (!mayKeep(scope, facilityId) || !ledger.facilityExists(facilityId)) {
            throw notFound("facility " + facilityId);
        }
    }

    private static boolean mayKeep(AccessScope scope, long facilityId) {
        return scope.isAdmin()
                || (scope.role() == Role.OPERATOR && scope.facilityIds().contains(facilityId));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " in your scope");
    }
}
