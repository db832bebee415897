package org.doorstep.app.booking;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Passes lapsed offers on at a fixed interval, so that a waitlist moves even when nobody reads it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(BookingProperties.class)
class WaitlistSweep {

    private final Waitlist waitlist;

    WaitlistSweep(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Scheduled(
            fixedDelayString = "${doorstep.booking.offer-sweep-interval:1m}",
            initialDelayString = "${doorstep.booking.offer-sweep-interval:1m}")
    void sweep() {
        waitlist.expireLapsedOffers(null);
    }
}
