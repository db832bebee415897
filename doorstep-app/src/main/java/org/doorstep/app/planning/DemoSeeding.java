package org.doorstep.app.planning;

import java.time.LocalDate;
import org.doorstep.app.place.Places;
import org.doorstep.engine.generate.GeneratedCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Writes a generated city into the registry: places and buildings, facilities, residents, the demo accounts. */
@Component
@Profile("demo")
class DemoSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    private final Places places;

    DemoSeeding(Places places) {
        this.places = places;
    }

    void seed(GeneratedCity generated, String cityCode, String cityName, LocalDate today) {
        DemoPlaces.Written written = DemoPlaces.write(places, generated, cityCode, cityName);
        LOG.info("demo: {} communities, {} buildings", written.communityIds().length, written.buildingIds().length);
    }
}
