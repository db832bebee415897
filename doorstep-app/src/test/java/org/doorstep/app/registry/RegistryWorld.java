package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.jspecify.annotations.Nullable;

/**
 * A small city for one test class: a district with street S1 (communities A and B) and street S2 (community C), each
 * community with a fresh 12-digit code, so that classes sharing a database never collide.
 */
final class RegistryWorld {

    private static final AtomicInteger CODES = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();

    final long city;
    final long district;
    final long street1;
    final long street2;
    final long communityA;
    final long communityB;
    final long communityC;
    final String codeA;
    final String codeB;
    final String codeC;

    RegistryWorld(Places places) {
        city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "测试市", null, null, null, null));
        district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "测试区", city, null, null, null));
        street1 = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "一街道", district, null, null, null));
        street2 = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "二街道", district, null, null, null));
        codeA = newCode();
        codeB = newCode();
        codeC = newCode();
        communityA = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, codeA, "甲社区", street1, null, null, null));
        communityB = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, codeB, "乙社区", street1, null, null, null));
        communityC = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, codeC, "丙社区", street2, null, null, null));
    }

    private static String newCode() {
        return "3201" + String.format(Locale.ROOT, "%08d", CODES.incrementAndGet());
    }

    /** A new mobile number, never the same twice in one JVM. */
    static String newPhone() {
        return "139" + String.format(Locale.ROOT, "%08d", PHONES.incrementAndGet());
    }

    /** A resident with a fresh valid ID number and phone. */
    static NewResident resident(
            String name, LocalDate birthDate, Sex sex, Set<SpecialGroup> groups, @Nullable String kind) {
        return new NewResident(name, TestIdNumbers.next(birthDate, sex), newPhone(), birthDate, sex, groups, kind);
    }

    static NewResident resident(String name, LocalDate birthDate, Sex sex) {
        return resident(name, birthDate, sex, Set.of(), null);
    }

    /** {@code count} adults of 30 in separate households of a community. */
    static List<NewHousehold> adults(long community, int count, LocalDate today) {
        List<NewHousehold> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(new NewHousehold(
                    community, null, "幸福路" + i + "号", List.of(resident("王五", today.minusYears(30), Sex.MALE))));
        }
        return households;
    }
}
