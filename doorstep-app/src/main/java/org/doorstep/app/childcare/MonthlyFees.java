package org.doorstep.app.childcare;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.app.booking.ServiceKind;

/**
 * A household's childcare fee for a month, from the sessions its children were booked for: full-day and half-day
 * care are priced per month, once per child and service however many days it has; timed care per started hour; temporary
 * care per session. Stateless.
 */
final class MonthlyFees {

    /** One booked session: the child, the service with its kind and price, and how long the session lasts. */
    record Item(long childId, long serviceId, ServiceKind kind, int price_fen, Duration length) {}

    private MonthlyFees() {}

    static long total_fen(List<Item> items) {
        Set<String> monthlyCharged = new HashSet<>();
        long total = 0;
        for (Item item : items) {
            total += switch (item.kind()) {
                case CHILDCARE_FULL_DAY, CHILDCARE_HALF_DAY ->
                    monthlyCharged.add(item.childId() + "/" + item.serviceId()) ? item.price_fen() : 0;
                case CHILDCARE_TIMED -> (long) item.price_fen() * startedHours(item.length());
                default -> item.price_fen();
            };
        }
        return total;
    }

    private static long startedHours(Duration length) {
        long hours = length.toHours();
        return length.equals(Duration.ofHours(hours)) ? hours : hours + 1;
    }
}
