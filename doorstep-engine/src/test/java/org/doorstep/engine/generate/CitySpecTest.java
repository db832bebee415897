package org.doorstep.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitySpecTest {

    @Test
    void demoIsNearNanjingWithFourDistricts() {
        CitySpec demo = CitySpec.demo(1);

        assertThat(demo.districts()).isEqualTo(4);
        assertThat(demo.originLon()).isEqualTo(118.78);
        assertThat(demo.originLat()).isEqualTo(32.04);
        assertThat(CitySpec.communitiesFor(demo.targetGraphNodes())).isBetween(45, 55);
    }

    @Test
    void ofNodesGivesAboutOneDistrictPerSixtyCommunities() {
        CitySpec town = CitySpec.ofNodes(1, 2_000);
        CitySpec metropolis = CitySpec.ofNodes(1, 2_000_000);

        assertThat(town.districts()).isEqualTo(1);
        int communities = CitySpec.communitiesFor(2_000_000);
        assertThat(metropolis.districts()).isEqualTo(Math.round(communities / 60.0f));
    }

    @Test
    void refusesMoreDistrictsThanCommunities() {
        int communities = CitySpec.communitiesFor(2_000);

        assertThatThrownBy(() -> new CitySpec(1, 2_000, communities + 1, 118.78, 32.04))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("districts")
                .hasMessageContaining(String.valueOf(communities));
    }

    @Test
    void refusesATooSmallGraph() {
        assertThatThrownBy(() -> CitySpec.ofNodes(1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetGraphNodes");
    }
}
