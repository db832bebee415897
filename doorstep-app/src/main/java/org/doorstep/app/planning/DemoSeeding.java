package org.doorstep.app.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.NewUser;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.generate.GeneratedCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Writes a generated city into the registry: places and buildings with the walking network, facilities and candidate
 * sites, residents, and the demo accounts ({@link DemoAccount}).
 */
@Component
@Profile("demo")
class DemoSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    private final Places places;
    private final NetworkStore networks;
    private final FacilityService facilities;
    private final RegistryService registry;
    private final AccountService accounts;

    DemoSeeding(
            Places places,
            NetworkStore networks,
            FacilityService facilities,
            RegistryService registry,
            AccountService accounts) {
        this.places = places;
        this.networks = networks;
        this.facilities = facilities;
        this.registry = registry;
        this.accounts = accounts;
    }

    void seed(GeneratedCity generated, String cityCode, String cityName, LocalDate today) {
        DemoPlaces.Written written = DemoPlaces.write(places, generated, cityCode, cityName);
        networks.save(
                written.cityId(), generated.city().graph(), generated.city().source());
        LOG.info("demo: {} communities, {} buildings", written.communityIds().length, written.buildingIds().length);
        DemoFacilities.Written services = DemoFacilities.write(facilities, generated, written);
        LOG.info(
                "demo: {} facilities, {} candidate sites",
                services.facilityIds().size(),
                services.candidateSites());
        List<Long> households = DemoResidents.write(registry, generated, written, today);
        LOG.info("demo: residents registered");
        createAccounts(generated, written, services, households);
    }

    private void createAccounts(
            GeneratedCity generated,
            DemoPlaces.Written places,
            DemoFacilities.Written services,
            List<Long> firstCommunityHouseholds) {
        long firstCommunity = places.communityIds()[0];
        long firstStreet = places.placeIdsByCode()
                .get(generated.communities().get(0).code().substring(0, 9));
        for (DemoAccount account : DemoAccount.values()) {
            Set<Long> grantedPlaces =
                    switch (account) {
                        case PLANNER -> Set.of(places.cityId());
                        case STREET -> Set.of(firstStreet);
                        case WORKER -> Set.of(firstCommunity);
                        default -> Set.of();
                    };
            Set<Long> grantedFacilities =
                    account == DemoAccount.OPERATOR ? Set.copyOf(services.operatedIds()) : Set.of();
            Set<Long> grantedHouseholds =
                    account == DemoAccount.RESIDENT ? Set.of(firstCommunityHouseholds.get(0)) : Set.of();
            accounts.createUser(new NewUser(
                    account.username(),
                    account.password(),
                    account.role(),
                    account.description(),
                    grantedPlaces,
                    grantedFacilities,
                    grantedHouseholds));
        }
    }
}
