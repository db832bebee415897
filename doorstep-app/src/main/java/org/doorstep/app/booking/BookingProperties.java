package org.doorstep.app.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code doorstep.booking.*}: how long a waitlisted resident has to accept a freed place, how often lapsed offers are
 * passed on (they are also passed on whenever a session or booking is read), and how long a booking may reuse the
 * session and service that an earlier booking read (0 reads them for every booking; see {@link ServiceCatalog}).
 */
@ConfigurationProperties("doorstep.booking")
record BookingProperties(
        @DefaultValue("2h") Duration offerDeadline,
        @DefaultValue("1m") Duration offerSweepInterval,
        @DefaultValue("2s") Duration sessionCacheTime) {}
