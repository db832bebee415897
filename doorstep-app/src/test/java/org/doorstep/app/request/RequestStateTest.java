package org.doorstep.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStateTest {

    @Test
    void onlyResolvedAndClosedShowAsClosed() {
        assertThat(RequestState.ofOpen311Status("closed"))
                .containsExactlyInAnyOrder(RequestState.RESOLVED, RequestState.CLOSED);
        assertThat(RequestState.ofOpen311Status("open"))
                .hasSize(RequestState.values().length - 2)
                .allMatch(RequestState::isOpen);
    }

    @Test
    void onlyAResolvedOrClosedRequestIsReopened() {
        for (RequestState state : RequestState.values()) {
            assertThat(state.canBecome(RequestState.REOPENED)).as(state.name()).isEqualTo(!state.isOpen());
        }
        assertThat(RequestState.CLOSED.canBecome(RequestState.DISPATCHED)).isFalse();
    }
}
