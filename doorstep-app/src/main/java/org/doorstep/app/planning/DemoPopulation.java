package org.doorstep.app.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.doorstep.app.registry.ResidentIdNumber;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.population.AgeStructure;

/**
 * Makes the residents of the demo city: as many per building as its residential floor area holds at the census
 * figure, in households of one to five, with China's 2020 age structure and special groups at rates of the order the
 * community-service plans report. Deterministic from its seed; not thread-safe.
 */
final class DemoPopulation {

    /** Residential floor area per resident, m² (China's 2020 urban figure, as the engine's estimate uses). */
    static final double FLOOR_AREA_PER_RESIDENT_M2 = 36.5;

    // Household sizes 1..5 and their shares (mean 2.48, near the 2020 census's 2.62 for cities).
    private static final double[] HOUSEHOLD_SIZE_SHARES = {0.25, 0.30, 0.25, 0.12, 0.08};
    private static final String[] DIFFICULTY_KINDS = {"very_old", "severely_disabled", "living_alone", "low_income"};
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂",
        "英", "华", "建", "国", "玉", "兰", "文", "红"
    };
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom random;
    private final LocalDate today;
    private final AgeStructure ages = AgeStructure.CHINA_2020;
    private final Map<String, Integer> issued = new HashMap<>();

    DemoPopulation(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /**
     * The households of one building.
     *
     * @param areaCode the six-digit area (district) code that the residents' ID numbers start with
     */
    List<SyntheticHousehold> householdsOf(int building, double residentialFloorArea_m2, String areaCode) {
        int residents = (int) Math.round(residentialFloorArea_m2 / FLOOR_AREA_PER_RESIDENT_M2);
        List<SyntheticHousehold> households = new ArrayList<>();
        int unit = 101;
        while (residents > 0) {
            int size = Math.min(residents, householdSize());
            households.add(new SyntheticHousehold(building, unit + "室", members(size, areaCode)));
            residents -= size;
            unit = unit % 100 >= 4 ? (unit / 100 + 1) * 100 + 1 : unit + 1;
        }
        return households;
    }

    private List<SyntheticResident> members(int size, String areaCode) {
        boolean lowIncome = random.nextDouble() < 0.02;
        List<SyntheticResident> members = new ArrayList<>(size);
        for (int m = 0; m < size; m++) {
            // The first member is an adult: nobody under 15 keeps a household alone.
            int age = m == 0 ? adultAge() : age(band());
            members.add(resident(age, size == 1, lowIncome, areaCode));
        }
        return members;
    }

    private SyntheticResident resident(int age, boolean alone, boolean lowIncome, String areaCode) {
        boolean male = random.nextBoolean();
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        boolean elderly = age >= 60;
        boolean disabled = random.nextDouble() < (elderly ? 0.06 : 0.01);
        String difficulty = null;
        if (elderly && (age >= 80 && alone ? random.nextDouble() < 0.5 : random.nextDouble() < 0.03)) {
            difficulty = age >= 80 ? DIFFICULTY_KINDS[0] : DIFFICULTY_KINDS[1 + random.nextInt(3)];
        }
        return new SyntheticResident(
                name(),
                idNumber(areaCode, birth, male),
                phone(),
                birth,
                male,
                elderly && alone,
                disabled,
                lowIncome,
                difficulty);
    }

    private int householdSize() {
        double u = random.nextDouble();
        for (int s = 0; s < HOUSEHOLD_SIZE_SHARES.length; s++) {
            u -= HOUSEHOLD_SIZE_SHARES[s];
            if (u < 0) {
                return s + 1;
            }
        }
        return HOUSEHOLD_SIZE_SHARES.length;
    }

    private AgeBand band() {
        double u = random.nextDouble();
        for (AgeBand band : AgeBand.values()) {
            u -= ages.share(band);
            if (u < 0) {
                return band;
            }
        }
        return AgeBand.values()[AgeBand.COUNT - 1];
    }

    private int adultAge() {
        AgeBand band;
        do {
            band = band();
        } while (band.fromAge() < 15);
        return age(band);
    }

    private int age(AgeBand band) {
        if (band.toAge() == Integer.MAX_VALUE) {
            // The open top band: 80 to 99, fewer at each older year (the smaller of two draws).
            return band.fromAge() + Math.min(random.nextInt(20), random.nextInt(20));
        }
        return band.fromAge() + random.nextInt(band.toAge() - band.fromAge() + 1);
    }

    private String name() {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        return SURNAMES[random.nextInt(SURNAMES.length)]
                + given
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    }

    private String phone() {
        return "1" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    }

    /** An 18-digit resident ID number (GB 11643-1999): area, birth date, sequence (odd for men), check digit. */
    String idNumber(String areaCode, LocalDate birth, boolean male) {
        String prefix = areaCode + birth.format(BASIC_DATE);
        // A running count per area and birth date keeps every number unique, as the registry requires.
        int order = issued.merge(prefix, 1, Integer::sum) * 2 - (male ? 1 : 2);
        if (order > 999) {
            throw new IllegalStateException("more than 500 demo residents born on one day in area " + areaCode);
        }
        String body = prefix + String.format(Locale.ROOT, "%03d", order);
        return body + ResidentIdNumber.checkCharacter(body);
    }
}
