package org.doorstep.app.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.facility.ServiceCapacity;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.Sex;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.app.registry.TestIdNumbers;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A street with communities A and B for booking, childcare and meal tests, and helpers that add operators,
 * facilities and households of residents through the other modules' public APIs.
 */
public final class BookingWorld {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A household and its residents' ids, in the order given. */
    public record Household(long id, List<Long> residentIds) {
        public long resident() {
            return residentIds.get(0);
        }
    }

    public final long street;
    public final long communityA;
    public final long communityB;
    private final FacilityService facilities;
    private final RegistryService registry;
    private final JdbcClient jdbc;

    public BookingWorld(Places places, FacilityService facilities, RegistryService registry, JdbcClient jdbc) {
        this.facilities = facilities;
        this.registry = registry;
        this.jdbc = jdbc;
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "订市", null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "订区", city, null, null, null));
        street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "订街道", district, null, null, null));
        communityA = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "甲社区", street, null, null, null));
        communityB = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "乙社区", street, null, null, null));
    }

    /** A new open facility of the type (e.g. {@code day_care_centre}, {@code nursery}, {@code canteen}) in a community. */
    public long facility(ServiceCategory category, String typeCode, long community) {
        int n = SERIAL.incrementAndGet();
        long operator = facilities.addOperator(new NewOperator("运营方" + n, null, null, List.of(), null, null, null));
        return facilities
                .addFacilities(List.of(new NewFacility(
                        category,
                        typeCode,
                        "设施" + n,
                        community,
                        null,
                        118.79,
                        32.05,
                        null,
                        List.<ServiceCapacity>of(),
                        null,
                        FacilityStatus.OPEN,
                        OperatingModel.GOVERNMENT,
                        operator,
                        null)))
                .get(0);
    }

    /** A household in the community with one resident per birth date, of the groups given. */
    public Household household(long community, Set<SpecialGroup> groups, LocalDate... birthDates) {
        List<NewResident> members = new ArrayList<>();
        for (LocalDate birth : birthDates) {
            boolean elderly = groups.contains(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY);
            members.add(new NewResident(
                    "居民" + SERIAL.incrementAndGet(),
                    TestIdNumbers.next(birth, Sex.FEMALE),
                    null,
                    birth,
                    Sex.FEMALE,
                    groups,
                    elderly ? "失能" : null));
        }
        long id = registry.addHouseholds(List.of(new NewHousehold(community, null, address(), members)))
                .get(0);
        List<Long> residents = jdbc.sql("select id from resident where household_id = ? order by id")
                .param(id)
                .query(Long.class)
                .list();
        return new Household(id, residents);
    }

    /** Many one-person households of adults born on the day, in one batch. */
    public List<Household> households(long community, int count, LocalDate birth) {
        List<NewHousehold> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NewResident r = new NewResident(
                    "居民" + SERIAL.incrementAndGet(),
                    TestIdNumbers.next(birth, Sex.MALE),
                    null,
                    birth,
                    Sex.MALE,
                    Set.of(),
                    null);
            batch.add(new NewHousehold(community, null, address(), List.of(r)));
        }
        List<Household> result = new ArrayList<>();
        for (long id : registry.addHouseholds(batch)) {
            long resident = jdbc.sql("select id from resident where household_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            result.add(new Household(id, List.of(resident)));
        }
        return result;
    }

    /** A day-care service for everyone of the facility's community, 10 yuan a session. */
    public static NewService dayCare(long facility, @Nullable Integer minAge) {
        return new NewService(
                facility, ServiceKind.DAY_CARE, "日间照料", 1000, null, null, minAge, null, null, List.of(), false);
    }

    private static String address() {
        return String.format(Locale.ROOT, "幸福路%d号", SERIAL.incrementAndGet());
    }
}
