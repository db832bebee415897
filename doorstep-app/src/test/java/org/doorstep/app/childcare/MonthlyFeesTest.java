package org.doorstep.app.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.doorstep.app.booking.ServiceKind;
import org.junit.jupiter.api.Test;

class MonthlyFeesTest {

    @Test
    void fullDayIsChargedOncePerChildAndMonthTimedPerStartedHourTemporaryPerSession() {
        int monthly = 180_000;
        int hourly = 3_000;
        int temporary = 12_000;
        List<MonthlyFees.Item> items = List.of(
                new MonthlyFees.Item(1, 10, ServiceKind.CHILDCARE_FULL_DAY, monthly, Duration.ofHours(9)),
                new MonthlyFees.Item(1, 10, ServiceKind.CHILDCARE_FULL_DAY, monthly, Duration.ofHours(9)),
                new MonthlyFees.Item(2, 10, ServiceKind.CHILDCARE_FULL_DAY, monthly, Duration.ofHours(9)),
                new MonthlyFees.Item(1, 11, ServiceKind.CHILDCARE_TIMED, hourly, Duration.ofMinutes(150)),
                new MonthlyFees.Item(2, 12, ServiceKind.CHILDCARE_TEMPORARY, temporary, Duration.ofHours(4)));

        assertThat(MonthlyFees.total_fen(items)).isEqualTo(2L * monthly + 3L * hourly + temporary);
    }
}
