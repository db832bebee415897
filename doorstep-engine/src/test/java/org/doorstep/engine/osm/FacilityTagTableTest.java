package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.engine.category.ServiceCategory.CHILDCARE;
import static org.doorstep.engine.category.ServiceCategory.CULTURE;
import static org.doorstep.engine.category.ServiceCategory.DELIVERY;
import static org.doorstep.engine.category.ServiceCategory.ELDERLY_CARE;
import static org.doorstep.engine.category.ServiceCategory.FITNESS;
import static org.doorstep.engine.category.ServiceCategory.HEALTH;
import static org.doorstep.engine.category.ServiceCategory.HOUSEKEEPING;
import static org.doorstep.engine.category.ServiceCategory.KINDERGARTEN;
import static org.doorstep.engine.category.ServiceCategory.MEALS;
import static org.doorstep.engine.category.ServiceCategory.PLAY;
import static org.doorstep.engine.category.ServiceCategory.SCHOOL;
import static org.doorstep.engine.category.ServiceCategory.SERVICE_CENTRE;
import static org.doorstep.engine.category.ServiceCategory.SHOPPING;

import java.util.List;
import org.doorstep.engine.osm.FacilityTagTable.Match;
import org.junit.jupiter.api.Test;

class FacilityTagTableTest {

    @Test
    void elderlyCare() {
        assertThat(match(
                        "amenity",
                        "social_facility",
                        "social_facility",
                        "nursing_home",
                        "social_facility:for",
                        "senior"))
                .containsExactly(new Match(ELDERLY_CARE, "social_facility=nursing_home", false));
        assertThat(match(
                        "amenity",
                        "social_facility",
                        "social_facility",
                        "day_care",
                        "social_facility:for",
                        "child;elderly"))
                .containsExactly(new Match(ELDERLY_CARE, "social_facility=day_care", false));
        // a day care for children is not elderly care
        assertThat(match("amenity", "social_facility", "social_facility", "day_care", "social_facility:for", "child"))
                .isEmpty();
        assertThat(match("amenity", "nursing_home"))
                .containsExactly(new Match(ELDERLY_CARE, "amenity=nursing_home", false));
        assertThat(match("building", "yes", "name", "鼓楼区日间照料中心"))
                .containsExactly(new Match(ELDERLY_CARE, "name~日间照料", false));
    }

    @Test
    void childcare() {
        assertThat(match("amenity", "childcare")).containsExactly(new Match(CHILDCARE, "amenity=childcare", false));
        assertThat(match("amenity", "kindergarten", "isced:level", "0", "min_age", "2"))
                .containsExactly(
                        new Match(CHILDCARE, "amenity=kindergarten", false),
                        new Match(KINDERGARTEN, "amenity=kindergarten", false));
        assertThat(match("amenity", "kindergarten", "isced:level", "0", "min_age", "3"))
                .containsExactly(new Match(KINDERGARTEN, "amenity=kindergarten", false));
    }

    @Test
    void mealsWithRestaurantsOnlyAsFallback() {
        assertThat(match("amenity", "canteen")).containsExactly(new Match(MEALS, "amenity=canteen", false));
        assertThat(match("amenity", "social_facility", "social_facility", "soup_kitchen"))
                .containsExactly(new Match(MEALS, "social_facility=soup_kitchen", false));
        assertThat(match("amenity", "fast_food")).containsExactly(new Match(MEALS, "amenity=fast_food", true));
        // a canteen named as a restaurant stays a canteen: the first rule of a category wins
        assertThat(match("amenity", "restaurant", "name", "幸福长者食堂"))
                .containsExactly(new Match(MEALS, "name~长者食堂", false));
    }

    @Test
    void healthWithPharmacyAsItsOwnKind() {
        assertThat(match("amenity", "pharmacy", "healthcare", "pharmacy"))
                .containsExactly(new Match(HEALTH, "amenity=pharmacy", false));
        assertThat(match("healthcare", "pharmacy")).isEmpty();
        assertThat(match("healthcare", "physiotherapist"))
                .containsExactly(new Match(HEALTH, "healthcare=physiotherapist", false));
        assertThat(match("healthcare", "clinic", "amenity", "clinic"))
                .containsExactly(new Match(HEALTH, "amenity=clinic", false));
    }

    @Test
    void housekeeping() {
        assertThat(match("shop", "laundry")).containsExactly(new Match(HOUSEKEEPING, "shop=laundry", false));
        assertThat(match("craft", "plumber")).containsExactly(new Match(HOUSEKEEPING, "craft=plumber", false));
        assertThat(match("office", "property_management"))
                .containsExactly(new Match(HOUSEKEEPING, "office=property_management", false));
        assertThat(match("shop", "hardware")).isEmpty();
    }

    @Test
    void delivery() {
        assertThat(match("amenity", "post_office")).containsExactly(new Match(DELIVERY, "amenity=post_office", false));
        assertThat(match("amenity", "vending_machine", "vending", "parcel_pickup"))
                .containsExactly(new Match(DELIVERY, "amenity=vending_machine", false));
        assertThat(match("amenity", "vending_machine", "vending", "drinks")).isEmpty();
        assertThat(match("shop", "outpost")).containsExactly(new Match(DELIVERY, "shop=outpost", false));
    }

    @Test
    void shopping() {
        assertThat(match("shop", "convenience")).containsExactly(new Match(SHOPPING, "shop=convenience", false));
        assertThat(match("amenity", "marketplace")).containsExactly(new Match(SHOPPING, "amenity=marketplace", false));
        assertThat(match("shop", "clothes")).isEmpty();
    }

    @Test
    void fitness() {
        assertThat(match("leisure", "fitness_station"))
                .containsExactly(new Match(FITNESS, "leisure=fitness_station", false));
        assertThat(match("leisure", "park")).isEmpty();
    }

    @Test
    void culture() {
        assertThat(match("amenity", "library")).containsExactly(new Match(CULTURE, "amenity=library", false));
    }

    @Test
    void play() {
        assertThat(match("leisure", "playground")).containsExactly(new Match(PLAY, "leisure=playground", false));
    }

    @Test
    void kindergartenAndSchool() {
        assertThat(match("amenity", "kindergarten"))
                .containsExactly(new Match(KINDERGARTEN, "amenity=kindergarten", false));
        assertThat(match("amenity", "school")).containsExactly(new Match(SCHOOL, "amenity=school", false));
    }

    @Test
    void serviceCentre() {
        assertThat(match("amenity", "community_centre", "community_centre", "community_center"))
                .containsExactly(
                        new Match(CULTURE, "amenity=community_centre", false),
                        new Match(SERVICE_CENTRE, "community_centre=community_center", false));
        assertThat(match("office", "government", "government", "social_services", "admin_level", "10"))
                .containsExactly(new Match(SERVICE_CENTRE, "government=social_services", false));
        assertThat(match("office", "government", "government", "tax", "admin_level", "4"))
                .isEmpty();
        assertThat(match("building", "yes", "name", "新街口社区党群服务中心"))
                .containsExactly(new Match(SERVICE_CENTRE, "name~党群服务", false));
    }

    @Test
    void namesCountOnlyOnPlaces() {
        assertThat(match("highway", "bus_stop", "name", "社区服务中心")).isEmpty();
        assertThat(match("highway", "residential", "name", "敬老院路")).isEmpty();
    }

    @Test
    void orderOfTagsDoesNotMatter() {
        assertThat(match("name", "幸福长者食堂", "amenity", "restaurant"))
                .isEqualTo(match("amenity", "restaurant", "name", "幸福长者食堂"));
    }

    private static List<Match> match(String... keysAndValues) {
        return FacilityTagTable.match(Tags.of(keysAndValues));
    }
}
