package org.doorstep.engine.category;

import java.util.Locale;

/**
 * The service categories of design.md, with the codes that the engine, the app and every export share. Which OSM tags
 * make a facility of each category is documented in one place, {@code org.doorstep.engine.osm.FacilityTagTable}.
 */
public enum ServiceCategory {
    ELDERLY_CARE("elderly_care", TargetGroup.ELDERLY),
    CHILDCARE("childcare", TargetGroup.INFANTS),
    MEALS("meals", TargetGroup.ELDERLY),
    HEALTH("health", TargetGroup.EVERYONE_ELDERLY_WEIGHTED),
    HOUSEKEEPING("housekeeping", TargetGroup.HOUSEHOLDS),
    DELIVERY("delivery", TargetGroup.HOUSEHOLDS),
    SHOPPING("shopping", TargetGroup.EVERYONE),
    FITNESS("fitness", TargetGroup.EVERYONE),
    CULTURE("culture", TargetGroup.EVERYONE),
    PLAY("play", TargetGroup.CHILDREN),
    KINDERGARTEN("kindergarten", TargetGroup.PRESCHOOL),
    SCHOOL("school", TargetGroup.SCHOOL_AGE),
    SERVICE_CENTRE("service_centre", TargetGroup.HOUSEHOLDS);

    /** Number of categories, the width of every per-category array. */
    public static final int COUNT = values().length;

    private final String code;
    private final TargetGroup targetGroup;

    ServiceCategory(String code, TargetGroup targetGroup) {
        this.code = code;
        this.targetGroup = targetGroup;
    }

    /** The shared code, for example {@code elderly_care}: CSV column prefixes, API values, database values. */
    public String code() {
        return code;
    }

    /** Whose demand the category serves (2SFCA demand, coverage shares). */
    public TargetGroup targetGroup() {
        return targetGroup;
    }

    /**
     * The category with this code.
     *
     * @throws IllegalArgumentException naming the unknown code and the known ones
     */
    public static ServiceCategory ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (ServiceCategory category : values()) {
            if (category.code.equals(wanted)) {
                return category;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ServiceCategory category : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(category.code);
        }
        throw new IllegalArgumentException("unknown service category '" + code + "'; known: " + known);
    }
}
