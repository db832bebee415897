package org.doorstep.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.NewUser;
import org.doorstep.app.account.Role;
import org.doorstep.app.booking.NewService;
import org.doorstep.app.booking.NewSession;
import org.doorstep.app.booking.ServiceCatalog;
import org.doorstep.app.booking.ServiceKind;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilityStatus;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.place.NewPlace;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.NewHousehold;
import org.doorstep.app.registry.NewResident;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.registry.ResidentIdNumber;
import org.doorstep.app.registry.Sex;
import org.doorstep.engine.category.ServiceCategory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the booking benchmark books: one community with a day-care centre, one service with sessions of a fixed
 * capacity, and residents each in their own household with a resident account signed in through the HTTP API.
 */
final class BookingBenchWorld {

    /** A resident the benchmark books for, with the bearer token of its account. */
    record Client(long residentId, String token) {}

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "bench-password-1";
    private static final AccessScope SYSTEM = AccessScope.of(0, "bench", Role.ADMIN, Set.of(), Set.of(), Set.of());

    final List<Client> clients = new ArrayList<>();
    final long serviceId;

    private final ServiceCatalog catalog;
    private final long facilityId;

    BookingBenchWorld(ConfigurableApplicationContext app, int port, int residents) throws Exception {
        Places places = app.getBean(Places.class);
        long city = places.addPlace(new NewPlace(PlaceLevel.CITY, null, "基准市", null, null, null, null));
        long district = places.addPlace(new NewPlace(PlaceLevel.DISTRICT, null, "基准区", city, null, null, null));
        long street = places.addPlace(new NewPlace(PlaceLevel.STREET, null, "基准街道", district, null, null, null));
        long community = places.addPlace(new NewPlace(PlaceLevel.COMMUNITY, null, "基准社区", street, null, null, null));
        FacilityService facilities = app.getBean(FacilityService.class);
        long operator = facilities.addOperator(new NewOperator("基准运营", null, null, List.of(), null, null, null));
        facilityId = facilities
                .addFacilities(List.of(new NewFacility(
                        ServiceCategory.ELDERLY_CARE,
                        "day_care_centre",
                        "基准日间照料中心",
                        community,
                        null,
                        118.79,
                        32.05,
                        null,
                        List.of(),
                        null,
                        FacilityStatus.OPEN,
                        OperatingModel.GOVERNMENT,
                        operator,
                        null)))
                .get(0);
        catalog = app.getBean(ServiceCatalog.class);
        serviceId = catalog.createService(
                        SYSTEM,
                        new NewService(
                                facilityId,
                                ServiceKind.DAY_CARE,
                                "日间照料",
                                1000,
                                null,
                                null,
                                60,
                                null,
                                null,
                                List.of(),
                                false))
                .id();
        List<Long> households = app.getBean(RegistryService.class).addHouseholds(households(community, residents));
        signIn(app, port, households);
    }

    /** New sessions tomorrow, each with the capacity; their ids. */
    List<Long> sessions(int count, int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(1));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofMinutes(i));
            ids.add(catalog.createSession(
                            SYSTEM, new NewSession(serviceId, at, at.plus(Duration.ofHours(2)), capacity, null))
                    .id());
        }
        return ids;
    }

    private static List<NewHousehold> households(long community, int count) {
        LocalDate birth = LocalDate.of(1948, 5, 1);
        List<NewHousehold> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = (110100 + i / 400)
                    + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format(Locale.ROOT, "%03d", (i % 400) * 2 + 1);
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            NewResident r = new NewResident("居民" + i, id, null, birth, Sex.MALE, Set.of(), null);
            batch.add(new NewHousehold(community, null, "基准路" + i + "号", List.of(r)));
        }
        return batch;
    }

    private void signIn(ConfigurableApplicationContext app, int port, List<Long> households) throws Exception {
        AccountService accounts = app.getBean(AccountService.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < households.size(); i++) {
            String username = "bench-resident-" + i;
            accounts.createUser(new NewUser(
                    username, PASSWORD, Role.RESIDENT, "Bench " + i, Set.of(), Set.of(), Set.of(households.get(i))));
            long resident = jdbc.sql("select id from resident where household_id = ?")
                    .param(households.get(i))
                    .query(Long.class)
                    .single();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build();
            String body = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            Matcher token = TOKEN.matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("no token for " + username + ": " + body);
            }
            clients.add(new Client(resident, token.group(1)));
        }
    }
}
