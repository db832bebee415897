package org.doorstep.app.childcare;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.booking.Booking;
import org.doorstep.app.booking.BookingService;
import org.doorstep.app.booking.BookingStatus;
import org.doorstep.app.booking.IneligibleException;
import org.doorstep.app.booking.NewBooking;
import org.doorstep.app.booking.NewSession;
import org.doorstep.app.booking.OfferedService;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceSession;
import org.doorstep.app.registry.RegistryService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Childcare classes and enrolments on top of booking. A class is a session for one age group whose capacity is the
 * group's ratio times the carers on duty, capped by the group's class size; the booking module's count then keeps the
 * class within it, and fewer carers cannot shrink it below the children already enrolled.
 */
@Service
class ChildcareService {

    /** Days, ages and months are counted in China Standard Time. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ServiceCatalog catalog;
    private final BookingService bookings;
    private final RegistryService registry;
    private final ChildcareClasses classes;
    private final ChildcareProperties properties;

    ChildcareService(
            ServiceCatalog catalog,
            BookingService bookings,
            RegistryService registry,
            ChildcareClasses classes,
            ChildcareProperties properties) {
        this.catalog = catalog;
        this.bookings = bookings;
        this.registry = registry;
        this.classes = classes;
        this.properties = properties;
    }

    @Transactional
    ServiceSession createClass(
            AccessScope scope, long serviceId, String ageGroup, Instant startsAt, Instant endsAt, int carers) {
        OfferedService service = catalog.getService(serviceId);
        if (!service.kind().isChildcare()) {
            throw bad("serviceId", "service " + serviceId + " is " + service.kind() + ", not childcare");
        }
        AgeGroup group = group(ageGroup);
        ServiceSession session = catalog.createSession(
                scope, new NewSession(serviceId, startsAt, endsAt, group.capacity(carers), carers));
        classes.insert(session.id(), group.code());
        return session;
    }

    /** New carers on duty and so a new capacity; 409 where more children are enrolled than it allows. */
    ServiceSession changeCarers(AccessScope scope, long sessionId, int carers) {
        AgeGroup group = group(ageGroupOf(sessionId));
        return catalog.resizeSession(scope, sessionId, group.capacity(carers), carers);
    }

    /**
     * Enrols a child in a class: under 3 and within the class's age group on the class's day, by the birth date.
     *
     * @throws IneligibleException {@code UNDER_3} or {@code AGE_GROUP}
     */
    Booking enrol(AccessScope scope, long sessionId, long childId) {
        ServiceSession session = catalog.findSession(sessionId).orElseThrow(() -> notFound("class", sessionId));
        AgeGroup group = group(ageGroupOf(sessionId));
        LocalDate birth = registry.findBirthDate(scope, childId).orElseThrow(() -> notFound("resident", childId));
        LocalDate day = LocalDate.ofInstant(session.startsAt(), CHINA);
        if (!ChildAge.isUnderThree(birth, day)) {
            throw new IneligibleException(
                    "UNDER_3",
                    "childcare takes children under 3 (fewer than 36 whole months) on " + day + "; the child is "
                            + ChildAge.months(birth, day) + " months old");
        }
        int months = ChildAge.months(birth, day);
        if (!group.admits(months)) {
            throw new IneligibleException(
                    "AGE_GROUP",
                    "class " + group.code() + " is for " + group.fromMonths() + " to " + group.toMonths()
                            + " months; the child is " + months + " months old on " + day);
        }
        return bookings.enrol(scope, new NewBooking(sessionId, childId, null));
    }

    /** The household's childcare fee for a month, from its live and attended bookings of childcare sessions. */
    long monthlyFee_fen(AccessScope scope, long householdId, YearMonth month) {
        // Outside the scope the household does not exist: a fee of 0 would still answer for it.
        if (!registry.seesHousehold(scope, householdId)) {
            throw notFound("household", householdId);
        }
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        List<MonthlyFees.Item> items = bookings.listHouseholdBookings(scope, householdId, from, to).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED
                        || b.status() == BookingStatus.ATTENDED
                        || b.status() == BookingStatus.NO_SHOW)
                .map(this::item)
                .filter(item -> item.kind().isChildcare())
                .toList();
        return MonthlyFees.total_fen(items);
    }

    private MonthlyFees.Item item(Booking booking) {
        OfferedService service = catalog.getService(booking.serviceId());
        ServiceSession session = catalog.findSession(booking.sessionId()).orElseThrow();
        return new MonthlyFees.Item(
                booking.residentId(),
                service.id(),
                service.kind(),
                booking.price_fen(),
                Duration.between(session.startsAt(), session.endsAt()));
    }

    private String ageGroupOf(long sessionId) {
        return classes.findAgeGroup(sessionId).orElseThrow(() -> notFound("class", sessionId));
    }

    private AgeGroup group(String code) {
        return properties.groups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow(() -> bad(
                        "ageGroup",
                        "no age group " + code + "; known: "
                                + properties.groups().stream()
                                        .map(AgeGroup::code)
                                        .toList()));
    }

    private static ResponseStatusException notFound(String kind, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + kind + " " + id);
    }

    private static ResponseStatusException bad(String field, String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": " + detail);
    }
}
