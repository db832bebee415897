package org.doorstep.app.planning;

import java.time.Clock;
import java.time.LocalDate;
import org.doorstep.app.place.Places;
import org.doorstep.engine.generate.CityGenerator;
import org.doorstep.engine.generate.CitySpec;
import org.doorstep.engine.generate.GeneratedCity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The zero-setup demo ({@code ./doorstep demo}): on first start, seeds the embedded database with a city made by the
 * engine's generator (4 districts, 48 communities, about 100,000 residents, facilities of every category with gaps)
 * and one account per role; on every start, prints where the server listens and those accounts. A database that
 * already holds the demo city is left as it is.
 */
@Component
@Profile("demo")
// Before the first-administrator check: the demo brings its own accounts.
@Order(-10)
class DemoCity implements ApplicationRunner {

    // The generator's seed 2 makes a demo city of about 100,000 residents (100,811 at 36.5 m² each).
    static final long SEED = 2L;
    static final String CITY_CODE = "3201";
    static final String CITY_NAME = "示范市";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCity.class);

    private final Places places;
    private final DemoSeeding seeding;
    private final DemoBanner banner;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCity(Places places, DemoSeeding seeding, DemoBanner banner, TransactionTemplate transaction, Clock clock) {
        this.places = places;
        this.seeding = seeding;
        this.banner = banner;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (places.findByCode(CITY_CODE).isEmpty()) {
            LOG.info("demo: generating the demo city (seed {}) ...", SEED);
            GeneratedCity generated = CityGenerator.generate(CitySpec.demo(SEED));
            // One transaction: a demo start that is interrupted leaves no half city behind.
            transaction.executeWithoutResult(
                    status -> seeding.seed(generated, CITY_CODE, CITY_NAME, LocalDate.now(clock)));
        }
        banner.print();
    }
}
