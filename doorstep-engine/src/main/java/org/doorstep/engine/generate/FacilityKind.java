package org.doorstep.engine.generate;

import java.util.SplittableRandom;
import org.doorstep.engine.category.ServiceCategory;

/**
 * A kind of generated facility: its category, the OSM-like tag, the ending of its name, its floor area (GB 50180-2018
 * and the complete-community standard, see standards.md) and its capacity. A share of each kind falls short of the
 * standard's minimum, so that area checks fail somewhere. Immutable.
 *
 * @param minArea_m2 the standard's minimum; {@code NaN} where a kind has no floor area (a parcel locker)
 * @param shortArea_m2 lower end of the area of the kinds that fall short
 * @param shortShare share that falls short, 0 to 1
 * @param minCapacity places, beds or servings; 1 where the kind has none
 */
record FacilityKind(
        ServiceCategory category,
        String tag,
        String nameSuffix,
        double minArea_m2,
        double maxArea_m2,
        double shortArea_m2,
        double shortShare,
        int minCapacity,
        int maxCapacity,
        boolean fallback) {

    static final FacilityKind CONVENIENCE = of(ServiceCategory.SHOPPING, "shop=convenience", "便利店", 50, 150, 0, 0, 1);
    static final FacilityKind SUPERMARKET =
            of(ServiceCategory.SHOPPING, "shop=supermarket", "超市", 300, 1500, 150, 0.15, 1);
    static final FacilityKind MARKET =
            of(ServiceCategory.SHOPPING, "amenity=marketplace", "农贸市场", 750, 1500, 400, 0.2, 1);
    static final FacilityKind HEALTH_STATION =
            of(ServiceCategory.HEALTH, "amenity=clinic", "卫生服务站", 120, 270, 60, 0.2, 1);
    static final FacilityKind HEALTH_CENTRE =
            of(ServiceCategory.HEALTH, "amenity=clinic", "社区卫生服务中心", 1700, 2000, 900, 0.2, 1);
    static final FacilityKind PHARMACY = of(ServiceCategory.HEALTH, "amenity=pharmacy", "大药房", 60, 200, 0, 0, 1);
    static final FacilityKind DAY_CARE =
            of(ServiceCategory.ELDERLY_CARE, "social_facility=day_care", "日间照料中心", 350, 750, 150, 0.25, 20, 60);
    static final FacilityKind NURSING_HOME =
            of(ServiceCategory.ELDERLY_CARE, "amenity=nursing_home", "养老院", 2000, 6000, 0, 0, 80, 300);
    static final FacilityKind NURSERY =
            of(ServiceCategory.CHILDCARE, "amenity=childcare", "托育中心", 200, 500, 100, 0.25, 20, 80);
    static final FacilityKind CANTEEN = of(ServiceCategory.MEALS, "amenity=canteen", "长者食堂", 100, 300, 0, 0, 80, 300);
    static final FacilityKind RESTAURANT =
            new FacilityKind(ServiceCategory.MEALS, "amenity=restaurant", "小吃店", 60, 250, 0, 0, 1, 1, true);
    static final FacilityKind LAUNDRY = of(ServiceCategory.HOUSEKEEPING, "shop=laundry", "洗衣店", 30, 100, 0, 0, 1);
    static final FacilityKind PROPERTY =
            of(ServiceCategory.HOUSEKEEPING, "office=property_management", "物业服务中心", 80, 300, 0, 0, 1);
    static final FacilityKind PARCEL_LOCKER =
            of(ServiceCategory.DELIVERY, "amenity=parcel_locker", "快递柜", Double.NaN, Double.NaN, 0, 0, 1);
    static final FacilityKind PARCEL_STATION = of(ServiceCategory.DELIVERY, "shop=outpost", "快递驿站", 20, 80, 0, 0, 1);
    static final FacilityKind POST_OFFICE =
            of(ServiceCategory.DELIVERY, "amenity=post_office", "邮政所", 100, 400, 0, 0, 1);
    static final FacilityKind FITNESS_STATION =
            of(ServiceCategory.FITNESS, "leisure=fitness_station", "健身点", 150, 750, 60, 0.2, 1);
    static final FacilityKind SPORTS_CENTRE =
            of(ServiceCategory.FITNESS, "leisure=sports_centre", "体育中心", 2000, 5000, 1200, 0.2, 1);
    static final FacilityKind ACTIVITY_ROOM =
            of(ServiceCategory.CULTURE, "amenity=community_centre", "文化活动室", 250, 1200, 100, 0.2, 1);
    static final FacilityKind LIBRARY = of(ServiceCategory.CULTURE, "amenity=library", "图书馆", 800, 3000, 0, 0, 1);
    static final FacilityKind PLAYGROUND = of(ServiceCategory.PLAY, "leisure=playground", "儿童游乐场", 100, 400, 0, 0, 1);
    static final FacilityKind KINDERGARTEN =
            of(ServiceCategory.KINDERGARTEN, "amenity=kindergarten", "幼儿园", 2200, 4500, 1200, 0.2, 180, 360);
    static final FacilityKind PRIMARY_SCHOOL =
            of(ServiceCategory.SCHOOL, "amenity=school", "小学", 6000, 12000, 0, 0, 1000, 2200);
    static final FacilityKind JUNIOR_SCHOOL =
            of(ServiceCategory.SCHOOL, "amenity=school", "初级中学", 8000, 15000, 0, 0, 1200, 2400);
    static final FacilityKind SERVICE_CENTRE =
            of(ServiceCategory.SERVICE_CENTRE, "community_centre=community_center", "党群服务中心", 600, 1000, 300, 0.2, 1);

    private static FacilityKind of(
            ServiceCategory category,
            String tag,
            String suffix,
            double min,
            double max,
            double shortMin,
            double shortShare,
            int capacity) {
        return new FacilityKind(category, tag, suffix, min, max, shortMin, shortShare, capacity, capacity, false);
    }

    private static FacilityKind of(
            ServiceCategory category,
            String tag,
            String suffix,
            double min,
            double max,
            double shortMin,
            double shortShare,
            int minCapacity,
            int maxCapacity) {
        return new FacilityKind(category, tag, suffix, min, max, shortMin, shortShare, minCapacity, maxCapacity, false);
    }

    /** A floor area in m² to 1 m²: within the standard's range, or below its minimum for the short share. */
    double drawArea_m2(SplittableRandom random) {
        if (Double.isNaN(minArea_m2)) {
            return Double.NaN;
        }
        double r = random.nextDouble();
        double area = random.nextDouble() < shortShare
                ? shortArea_m2 + r * (minArea_m2 - 1 - shortArea_m2)
                : minArea_m2 + r * (maxArea_m2 - minArea_m2);
        return Math.round(area);
    }

    int drawCapacity(SplittableRandom random) {
        return minCapacity + random.nextInt(maxCapacity - minCapacity + 1);
    }
}
