package org.doorstep.app.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.Sex;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.generate.GeneratedCity;

/** Fills the demo city's buildings with {@link DemoPopulation}'s households and writes them to the registry. */
final class DemoResidents {

    private DemoResidents() {}

    /** Writes every building's households; returns the registry ids of the first community's households. */
    static List<Long> write(
            RegistryService registry, GeneratedCity generated, DemoPlaces.Written places, LocalDate today) {
        DemoPopulation population = new DemoPopulation(DemoCity.SEED, today);
        Buildings buildings = generated.city().buildings();
        List<Community> communities = generated.communities();
        List<NewHousehold> households = new ArrayList<>();
        List<Integer> communityOfHousehold = new ArrayList<>();
        for (int b = 0; b < buildings.size(); b++) {
            int c = generated.communityOf(b);
            String area = communities.get(c).code().substring(0, 6);
            for (SyntheticHousehold h : population.householdsOf(b, buildings.floorArea_m2(b), area)) {
                households.add(new NewHousehold(
                        places.communityIds()[c],
                        places.buildingIds()[b],
                        communities.get(c).name() + (b + 1) + "号楼" + h.address(),
                        h.members().stream().map(DemoResidents::resident).toList()));
                communityOfHousehold.add(c);
            }
        }
        List<Long> ids = registry.addHouseholds(households);
        List<Long> firstCommunity = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (communityOfHousehold.get(i) == 0) {
                firstCommunity.add(ids.get(i));
            }
        }
        return firstCommunity;
    }

    private static NewResident resident(SyntheticResident r) {
        Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        if (r.livingAlone()) {
            groups.add(SpecialGroup.ELDERLY_LIVING_ALONE);
        }
        if (r.difficultyKind() != null) {
            groups.add(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY);
        }
        if (r.disabled()) {
            groups.add(SpecialGroup.DISABLED);
        }
        if (r.lowIncome()) {
            groups.add(SpecialGroup.LOW_INCOME);
        }
        return new NewResident(
                r.name(),
                r.idNumber(),
                r.phone(),
                r.birthDate(),
                r.male() ? Sex.MALE : Sex.FEMALE,
                groups,
                r.difficultyKind());
    }
}
