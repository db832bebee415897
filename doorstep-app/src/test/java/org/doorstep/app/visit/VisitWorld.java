package org.doorstep.app.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.app.TestClock;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.Sex;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.app.registry.TestIdNumbers;
import org.jspecify.annotations.Nullable;

/**
 * A district with street 1 (communities A and B) and street 2 (community C); A has 3 elderly residents with special
 * difficulties and one without, B has 1, C has 6 (enough for an unsuppressed rate). Public for the browser journey
 * of the worker's visits page.
 */
public final class VisitWorld {

    private static final AtomicInteger CODES = new AtomicInteger();

    public final long district;
    public final long street1;
    public final long communityA;
    public final long communityB;
    public final long communityC;

    public VisitWorld(Places places, RegistryService registry) {
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "访视市", null, null, null, null));
        district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "访视区", city, null, null, null));
        street1 = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "一街道", district, null, null, null));
        long street2 = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "二街道", district, null, null, null));
        communityA = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, code(), "甲社区", street1, null, null, null));
        communityB = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, code(), "乙社区", street1, null, null, null));
        communityC = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, code(), "丙社区", street2, null, null, null));
        List<NewHousehold> households = new ArrayList<>();
        households.addAll(elderly(communityA, 3));
        households.add(new NewHousehold(communityA, null, "甲路99号", List.of(resident(Set.of(), null))));
        households.addAll(elderly(communityB, 1));
        households.addAll(elderly(communityC, 6));
        registry.addHouseholds(households);
    }

    private static List<NewHousehold> elderly(long community, int count) {
        List<NewHousehold> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(new NewHousehold(
                    community,
                    null,
                    "幸福路" + i + "号",
                    List.of(resident(Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY), "失能"))));
        }
        return households;
    }

    private static NewResident resident(Set<SpecialGroup> groups, @Nullable String kind) {
        LocalDate born = TestClock.TODAY.minusYears(82);
        return new NewResident("李老", TestIdNumbers.next(born, Sex.FEMALE), null, born, Sex.FEMALE, groups, kind);
    }

    private static String code() {
        return "3299" + String.format(Locale.ROOT, "%08d", CODES.incrementAndGet());
    }
}
