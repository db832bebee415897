package org.doorstep.app.visit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the home visits.
 *
 * @param dueDay the day of the month after which a resident without a successful visit that month is overdue
 */
@ConfigurationProperties("doorstep.visit")
record VisitProperties(@DefaultValue("20") int dueDay) {

    VisitProperties {
        if (dueDay < 1 || dueDay > 28) {
            throw new IllegalArgumentException("doorstep.visit.due-day must lie in 1..28, not " + dueDay);
        }
    }
}
