package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifeCycleTest {

    @Test
    void aFacilityMovesForwardAndMayReopen() {
        assertThat(FacilityStatus.PLANNED.canBecome(FacilityStatus.BUILDING)).isTrue();
        assertThat(FacilityStatus.BUILDING.canBecome(FacilityStatus.OPEN)).isTrue();
        assertThat(FacilityStatus.OPEN.canBecome(FacilityStatus.CLOSED)).isTrue();
        assertThat(FacilityStatus.CLOSED.canBecome(FacilityStatus.OPEN)).isTrue();
        assertThat(FacilityStatus.OPEN.canBecome(FacilityStatus.BUILDING)).isFalse();
        assertThat(FacilityStatus.CLOSED.canBecome(FacilityStatus.PLANNED)).isFalse();
        for (FacilityStatus status : FacilityStatus.values()) {
            assertThat(status.canBecome(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void aContractIsActiveOnBothEndDaysOfItsTerm() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2027, 12, 31);
        assertThat(ContractStatus.on(start.minusDays(1), start, end)).isEqualTo(ContractStatus.UPCOMING);
        assertThat(ContractStatus.on(start, start, end)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(ContractStatus.on(end, start, end)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(ContractStatus.on(end.plusDays(1), start, end)).isEqualTo(ContractStatus.EXPIRED);
    }
}
