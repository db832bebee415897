package org.doorstep.app.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RequestLocatorTest {

    @Test
    void aDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
        // On a sphere of radius R, one degree of arc is R * pi / 180.
        double expected_m = 6_371_008.8 * Math.PI / 180;
        assertThat(RequestLocator.distance_m(32.0, 118.0, 33.0, 118.0)).isCloseTo(expected_m, within(0.01));
    }

    @Test
    void eastWestDistancesShrinkWithTheCosineOfTheLatitude() {
        double atEquator = RequestLocator.distance_m(0, 118.0, 0, 118.001);
        double at60 = RequestLocator.distance_m(60, 118.0, 60, 118.001);
        assertThat(at60 / atEquator).isCloseTo(0.5, within(1e-4));
    }
}
