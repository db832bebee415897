package org.doorstep.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestQueryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-15T02:00:00Z");

    @Test
    void idsOverrideEveryOtherFilter() {
        Map<String, Object> parameters = new HashMap<>();
        String sql = RequestQuery.parse("3, 5", "repair", null, null, "open").condition(NOW, parameters);
        assertThat(sql).isEqualTo("sr.id in (:ids)");
        assertThat(parameters).containsEntry("ids", List.of(3L, 5L)).doesNotContainKey("codes");
    }

    @Test
    void withoutDatesTheLastNinetyDaysAreSearched() {
        Map<String, Object> parameters = new HashMap<>();
        RequestQuery.parse(null, null, null, null, null).condition(NOW, parameters);
        assertThat(parameters).containsEntry("start", NOW.minusDays(90));
    }

    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsStillRead() {
        RequestQuery query = RequestQuery.parse(null, null, "2025-06-01T00:00:00 08:00", null, null);
        assertThat(query.start()).isEqualTo(OffsetDateTime.parse("2025-06-01T00:00:00+08:00"));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RequestQuery.parse(null, null, null, null, "pending"))
                .hasMessageContaining("status");
        assertThatThrownBy(() -> RequestQuery.parse("x", null, null, null, null))
                .hasMessageContaining("service_request_id");
        assertThatThrownBy(() -> RequestQuery.parse(null, null, null, "2025-06-01", null))
                .hasMessageContaining("end_date");
    }
}
