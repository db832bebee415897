package org.doorstep.app.planning;

import java.util.EnumMap;
import java.util.Map;
import org.doorstep.engine.category.ServiceCategory;

/**
 * The registry's facility type (the facility module's {@code facility_type} codes) for a facility the engine found by
 * an OpenStreetMap tag or generated: by the tag's value where it names a type, else the category's general type.
 */
final class FacilityTypeCodes {

    // Keyed by category code and tag value: one tag value can mean different types in different categories.
    private static final Map<String, String> BY_CATEGORY_AND_TAG_VALUE = Map.ofEntries(
            Map.entry("elderly_care:day_care", "day_care_centre"),
            Map.entry("elderly_care:nursing_home", "nursing_home"),
            Map.entry("elderly_care:assisted_living", "nursing_home"),
            Map.entry("childcare:childcare", "childcare_point"),
            Map.entry("meals:canteen", "canteen"),
            Map.entry("meals:food_bank", "meal_point"),
            Map.entry("meals:soup_kitchen", "meal_point"),
            Map.entry("health:hospital", "health_centre"),
            Map.entry("health:pharmacy", "pharmacy"),
            Map.entry("housekeeping:laundry", "laundry"),
            Map.entry("housekeeping:dry_cleaning", "laundry"),
            Map.entry("housekeeping:property_management", "property_office"),
            Map.entry("delivery:post_office", "post_office"),
            Map.entry("delivery:parcel_locker", "parcel_locker"),
            Map.entry("delivery:outpost", "parcel_station"),
            Map.entry("shopping:supermarket", "supermarket"),
            Map.entry("shopping:greengrocer", "fresh_market"),
            Map.entry("shopping:marketplace", "fresh_market"),
            Map.entry("fitness:fitness_centre", "sports_centre"),
            Map.entry("fitness:sports_centre", "sports_centre"),
            Map.entry("fitness:pitch", "sports_ground"),
            Map.entry("fitness:track", "sports_ground"),
            Map.entry("culture:library", "library"),
            Map.entry("culture:arts_centre", "culture_station"),
            Map.entry("culture:social_centre", "culture_station"),
            Map.entry("play:playground", "playground"),
            Map.entry("school:school", "primary_school"));

    private static final Map<ServiceCategory, String> GENERAL = new EnumMap<>(Map.ofEntries(
            Map.entry(ServiceCategory.ELDERLY_CARE, "elderly_service_station"),
            Map.entry(ServiceCategory.CHILDCARE, "nursery"),
            Map.entry(ServiceCategory.MEALS, "meal_point"),
            Map.entry(ServiceCategory.HEALTH, "clinic"),
            Map.entry(ServiceCategory.HOUSEKEEPING, "repair_point"),
            Map.entry(ServiceCategory.DELIVERY, "parcel_station"),
            Map.entry(ServiceCategory.SHOPPING, "convenience_store"),
            Map.entry(ServiceCategory.FITNESS, "fitness_station"),
            Map.entry(ServiceCategory.CULTURE, "activity_room"),
            Map.entry(ServiceCategory.PLAY, "play_space"),
            Map.entry(ServiceCategory.KINDERGARTEN, "kindergarten"),
            Map.entry(ServiceCategory.SCHOOL, "primary_school"),
            Map.entry(ServiceCategory.SERVICE_CENTRE, "service_centre")));

    private FacilityTypeCodes() {}

    /** The type code of a facility of {@code category} tagged {@code kind} (for example {@code shop=convenience}). */
    static String of(ServiceCategory category, String kind) {
        String value = kind.substring(kind.indexOf('=') + 1);
        return BY_CATEGORY_AND_TAG_VALUE.getOrDefault(category.code() + ":" + value, GENERAL.get(category));
    }
}
