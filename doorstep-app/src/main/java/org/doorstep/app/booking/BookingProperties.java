package org.doorstep.app.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code doorstep.booking.*}: how long a waitlisted resident has to accept a freed place, and how often lapsed offers
 * are passed on (they are also passed on whenever a session or booking is read).
 */
@ConfigurationProperties("doorstep.booking")
record BookingProperties(@DefaultValue("2h") Duration offerDeadline, @DefaultValue("1m") Duration offerSweepInterval) {}
