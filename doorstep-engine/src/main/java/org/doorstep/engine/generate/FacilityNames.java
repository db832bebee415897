package org.doorstep.engine.generate;

import java.util.SplittableRandom;

/**
 * Names of community-level facilities as they appear on Chinese maps: chains as {@code 苏果便利店(幸福里店)}, public
 * services after their community as {@code 幸福里社区卫生服务站}.
 */
final class FacilityNames {

    private static final String[] SHOP_BRANDS = {"苏果", "好邻居", "便利蜂", "罗森", "全家", "美宜佳"};
    private static final String[] PHARMACY_BRANDS = {"老百姓", "国药", "益丰", "先声再康"};
    private static final String[] LAUNDRY_BRANDS = {"荣昌", "福奈特", "象王"};
    private static final String[] LOCKER_BRANDS = {"丰巢", "菜鸟", "速递易"};
    private static final String[] STATION_BRANDS = {"菜鸟", "兔喜", "妈妈"};
    private static final String[] FOOD = {"鸭血粉丝", "小笼包", "牛肉面", "馄饨", "盐水鸭"};

    private FacilityNames() {}

    static String name(FacilityKind kind, Divisions divisions, int community, SplittableRandom random) {
        String[] brands = brands(kind);
        if (brands.length > 0) {
            return brands[random.nextInt(brands.length)] + kind.nameSuffix() + "(" + divisions.communityStem(community)
                    + "店)";
        }
        if (kind == FacilityKind.KINDERGARTEN || kind == FacilityKind.PRIMARY_SCHOOL) {
            return divisions.communityStem(community) + kind.nameSuffix();
        }
        return divisions.communityNames[community] + kind.nameSuffix();
    }

    private static String[] brands(FacilityKind kind) {
        if (kind == FacilityKind.CONVENIENCE || kind == FacilityKind.SUPERMARKET) {
            return SHOP_BRANDS;
        } else if (kind == FacilityKind.PHARMACY) {
            return PHARMACY_BRANDS;
        } else if (kind == FacilityKind.LAUNDRY) {
            return LAUNDRY_BRANDS;
        } else if (kind == FacilityKind.PARCEL_LOCKER) {
            return LOCKER_BRANDS;
        } else if (kind == FacilityKind.PARCEL_STATION) {
            return STATION_BRANDS;
        } else if (kind == FacilityKind.RESTAURANT) {
            return FOOD;
        }
        return new String[0];
    }
}
