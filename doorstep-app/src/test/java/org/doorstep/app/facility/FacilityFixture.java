package org.doorstep.app.facility;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A city with one district, one street and two communities (A and B) for the facility tests, under division codes
 * that start with a two-digit prefix of the test class's own, since the test classes share one database.
 */
final class FacilityFixture {

    final String prefix;
    final long city;
    final long district;
    final long street;
    final long communityA;
    final long communityB;

    FacilityFixture(Places places, String prefix) {
        this.prefix = prefix;
        city = places.addPlace(new NewPlace(PlaceLevel.CITY, prefix + "01", "市" + prefix, null, null, null, null));
        district = places.addPlace(
                new NewPlace(PlaceLevel.DISTRICT, prefix + "0101", "区" + prefix, city, null, null, null));
        street = places.addPlace(
                new NewPlace(PlaceLevel.STREET, prefix + "0101001", "街道" + prefix, district, null, null, null));
        communityA =
                places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, codeA(), "甲社区" + prefix, street, null, null, null));
        communityB =
                places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, codeB(), "乙社区" + prefix, street, null, null, null));
    }

    String codeA() {
        return prefix + "0101001001";
    }

    String codeB() {
        return prefix + "0101001002";
    }

    /** A valid unified social credit code, different for each {@code serial}. */
    static String creditCode(int serial) {
        String first17 = String.format(java.util.Locale.ROOT, "9132010%010d", serial);
        return first17 + CreditCode.checkCharacter(first17);
    }

    static NewOperator operator(String name, int serial) {
        return new NewOperator(
                name,
                "幸福里",
                creditCode(serial),
                List.of(new Qualification("食品经营许可证", "JY1320102" + serial, java.time.LocalDate.of(2029, 6, 30))),
                "025-8888" + serial,
                "service@example.org",
                "南京市玄武区");
    }

    /** An open day-care centre of 300 m² with 40 day-care places. */
    static NewFacility dayCare(String name, long community, OperatingModel model, @Nullable Long operatorId) {
        return new NewFacility(
                ServiceCategory.ELDERLY_CARE,
                "day_care_centre",
                name,
                community,
                null,
                118.79,
                32.05,
                300.0,
                List.of(new ServiceCapacity("day_care", 40)),
                "Mo-Fr 08:00-18:00",
                FacilityStatus.OPEN,
                model,
                operatorId,
                null);
    }

    static MockHttpServletRequestBuilder as(AccessScope scope, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestPrincipals.signedIn(scope))).with(csrf());
    }

    static MockHttpServletRequestBuilder json(AccessScope scope, MockHttpServletRequestBuilder request, String body) {
        return as(scope, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
