package org.doorstep.app.childcare;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.booking.Booking;
import org.doorstep.app.booking.ServiceSession;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/childcare}: classes by age group, carers on duty, enrolments and monthly fees. */
@RestController
@RequestMapping("/api/childcare")
@EnableConfigurationProperties(ChildcareProperties.class)
class ChildcareController {

    record ClassRequest(long serviceId, String ageGroup, Instant startsAt, Instant endsAt, int carers) {}

    record CarersRequest(int carers) {}

    record EnrolmentRequest(long sessionId, long childId) {}

    private final ChildcareService childcare;
    private final AccessScopes scopes;

    ChildcareController(ChildcareService childcare, AccessScopes scopes) {
        this.childcare = childcare;
        this.scopes = scopes;
    }

    @PostMapping("/classes")
    ServiceSession createClass(@RequestBody ClassRequest r) {
        return childcare.createClass(
                scopes.current(), r.serviceId(), r.ageGroup(), r.startsAt(), r.endsAt(), r.carers());
    }

    @PutMapping("/classes/{id}/carers")
    ServiceSession changeCarers(@PathVariable long id, @RequestBody CarersRequest r) {
        return childcare.changeCarers(scopes.current(), id, r.carers());
    }

    @PostMapping("/enrolments")
    Booking enrol(@RequestBody EnrolmentRequest r) {
        return childcare.enrol(scopes.current(), r.sessionId(), r.childId());
    }

    @GetMapping("/fees")
    Map<String, Object> fee(@RequestParam long householdId, @RequestParam YearMonth month) {
        long fee = childcare.monthlyFee_fen(scopes.current(), householdId, month);
        return Map.of("householdId", householdId, "month", month.toString(), "fee_fen", fee);
    }
}
