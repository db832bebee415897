package org.doorstep.app.ledger;

import java.time.YearMonth;
import java.util.List;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The facility ledger over HTTP: entries, reversals, a facility's month and a place's totals. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    record Reversal(@Nullable String note) {}

    private final AccessScopes scopes;
    private final LedgerService ledger;

    LedgerController(AccessScopes scopes, LedgerService ledger) {
        this.scopes = scopes;
        this.ledger = ledger;
    }

    @PostMapping("/facilities/{facilityId}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerEntry addEntry(@PathVariable long facilityId, @RequestBody NewLedgerEntry entry) {
        return ledger.addEntry(scopes.current(), facilityId, entry);
    }

    @GetMapping("/facilities/{facilityId}/entries")
    List<LedgerEntry> listEntries(@PathVariable long facilityId, @RequestParam YearMonth month) {
        return ledger.listEntries(scopes.current(), facilityId, month);
    }

    @GetMapping("/facilities/{facilityId}/balance")
    MonthlyBalance facilityBalance(@PathVariable long facilityId, @RequestParam YearMonth month) {
        return ledger.facilityBalance(scopes.current(), facilityId, month);
    }

    /** The balance of each month from {@code from} to {@code to}, both included (at most 36 months). */
    @GetMapping("/facilities/{facilityId}/balances")
    List<MonthlyBalance> facilityBalances(
            @PathVariable long facilityId, @RequestParam YearMonth from, @RequestParam YearMonth to) {
        return ledger.facilityBalances(scopes.current(), facilityId, from, to);
    }

    @PostMapping("/entries/{entryId}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerEntry reverse(@PathVariable long entryId, @RequestBody(required = false) @Nullable Reversal reversal) {
        return ledger.reverse(scopes.current(), entryId, reversal == null ? null : reversal.note());
    }

    @GetMapping("/balances")
    MonthlyBalance placeBalance(@RequestParam long placeId, @RequestParam YearMonth month) {
        return ledger.placeBalance(scopes.current(), placeId, month);
    }
}
