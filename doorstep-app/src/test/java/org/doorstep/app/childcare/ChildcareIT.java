package org.doorstep.app.childcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.BookingStatus;
import org.doorstep.app.booking.BookingWorld;
import org.doorstep.app.booking.IneligibleException;
import org.doorstep.app.booking.NewService;
import org.doorstep.app.booking.OfferedService;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceKind;
import org.doorstep.app.booking.ServiceSession;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/** Childcare classes capped by carer ratios, enrolment by age in months, and monthly fees. */
@DoorstepTest
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildcareIT {

    private static final AccessScope ADMIN = AccessScope.of(1, "admin", Role.ADMIN, Set.of(), Set.of(), Set.of());
    private static final int MONTHLY_FEE_FEN = 180_000;

    @Autowired
    AccountService accountService;

    @Autowired
    Places places;

    @Autowired
    FacilityService facilities;

    @Autowired
    RegistryService registry;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ChildcareService childcare;

    @Autowired
    ChildcareProperties properties;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    BookingWorld world;
    OfferedService fullDay;
    Instant classStart;
    LocalDate classDay;

    @BeforeAll
    void world() {
        world = new BookingWorld(places, facilities, registry, jdbc);
        long nursery = world.facility(ServiceCategory.CHILDCARE, "nursery", world.communityA);
        fullDay = catalog.createService(
                ADMIN,
                new NewService(
                        nursery,
                        ServiceKind.CHILDCARE_FULL_DAY,
                        "全日托",
                        MONTHLY_FEE_FEN,
                        null,
                        null,
                        null,
                        2,
                        null,
                        List.of(),
                        false));
        classStart = TestClock.NOW.plus(Duration.ofDays(1));
        classDay = LocalDate.ofInstant(classStart, ChildcareService.CHINA);
    }

    @Test
    void classTakesAsManyChildrenAsItsCarersRatioAllowsAndNoFewerCarersThanItsChildrenNeed() {
        AgeGroup toddlers = group("TODDLER");
        ServiceSession session = toddlerClass(1);
        assertThat(session.capacity()).isEqualTo(toddlers.childrenPerCarer());
        List<BookingStatus> statuses = java.util.stream.IntStream.rangeClosed(0, toddlers.childrenPerCarer())
                .mapToObj(i -> childcare.enrol(ADMIN, session.id(), child(18)).status())
                .toList();

        assertThat(statuses.subList(0, toddlers.childrenPerCarer())).containsOnly(BookingStatus.CONFIRMED);
        assertThat(statuses.get(toddlers.childrenPerCarer())).isEqualTo(BookingStatus.WAITLISTED);
        assertThatThrownBy(() -> childcare.changeCarers(ADMIN, session.id(), 0))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
        assertThat(childcare.changeCarers(ADMIN, session.id(), 9).capacity()).isEqualTo(toddlers.maxChildren());
    }

    @Test
    void enrolmentChecksTheChildsAgeInMonthsOnTheClassDay() {
        ServiceSession session = toddlerClass(2);
        long tooOld = child(24);
        long three = world.household(world.communityA, Set.of(), classDay.minusYears(3))
                .resident();

        assertThatThrownBy(() -> childcare.enrol(ADMIN, session.id(), tooOld))
                .isInstanceOfSatisfying(
                        IneligibleException.class, e -> assertThat(e.rule()).isEqualTo("AGE_GROUP"));
        assertThatThrownBy(() -> childcare.enrol(ADMIN, session.id(), three))
                .isInstanceOfSatisfying(
                        IneligibleException.class, e -> assertThat(e.rule()).isEqualTo("UNDER_3"));
    }

    @Test
    void childcareIsBookedOnlyThroughEnrolmentAndRefusalsNameTheRule() {
        ServiceSession session = toddlerClass(2);
        long child = child(18);
        ApiClient worker = new TestAccounts(accountService, port).withPlaces(Role.COMMUNITY_WORKER, world.communityA);

        ResponseEntity<String> direct =
                worker.post("/api/bookings", Map.of("sessionId", session.id(), "residentId", child));
        ResponseEntity<String> enrolled =
                worker.post("/api/childcare/enrolments", Map.of("sessionId", session.id(), "childId", child));

        assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) JsonPath.read(direct.getBody(), "$.rule")).isEqualTo("CHILDCARE_ENROLMENT");
        assertThat((String) JsonPath.read(enrolled.getBody(), "$.status")).isEqualTo("CONFIRMED");
    }

    @Test
    void fullDayCareIsChargedOnceAMonthPerChild() {
        BookingWorld.Household home = world.household(world.communityA, Set.of(), classDay.minusMonths(20));
        ServiceSession monday = toddlerClass(1);
        ServiceSession tuesday = childcare.createClass(
                ADMIN,
                fullDay.id(),
                "TODDLER",
                classStart.plus(Duration.ofDays(1)),
                classStart.plus(Duration.ofDays(1)).plus(Duration.ofHours(9)),
                1);
        childcare.enrol(ADMIN, monday.id(), home.resident());
        childcare.enrol(ADMIN, tuesday.id(), home.resident());

        assertThat(childcare.monthlyFee_fen(ADMIN, home.id(), YearMonth.from(classDay)))
                .isEqualTo(MONTHLY_FEE_FEN);
        assertThat(childcare.monthlyFee_fen(
                        ADMIN, home.id(), YearMonth.from(classDay).plusMonths(1)))
                .isZero();
    }

    private ServiceSession toddlerClass(int carers) {
        return childcare.createClass(
                ADMIN, fullDay.id(), "TODDLER", classStart, classStart.plus(Duration.ofHours(9)), carers);
    }

    private long child(int monthsOnClassDay) {
        return world.household(world.communityA, Set.of(), classDay.minusMonths(monthsOnClassDay))
                .resident();
    }

    private AgeGroup group(String code) {
        return properties.groups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
