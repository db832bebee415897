package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.OsmRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandSignalsTest {

    /** 9,000e-7 degree of latitude: about 100.08 m. */
    private static final int HUNDRED_M = 9_000;

    @TempDir
    Path dir;

    @Test
    void placesEachSignalOnTheNearestBuildingWithinAHundredMetres() throws IOException, InputFileException {
        // buildings at 0 m and 60 m north of (118.0, 32.0); signals at 20 m, 30 m (tie, lower id wins) and 200 m
        Buildings.Builder builder = new Buildings.Builder();
        builder.add(OsmRef.of(OsmRef.WAY, 1), 1_180_000_000, 320_000_000, 100, 1, false);
        builder.add(OsmRef.of(OsmRef.WAY, 2), 1_180_000_000, 320_000_000 + 6 * HUNDRED_M / 10, 100, 1, false);
        Buildings buildings = builder.build();
        Path file = Files.writeString(
                dir.resolve("signals.csv"),
                "lon,lat,weight,kind\n118.0,32.00018,4,waitlist\n118.0,32.00027,2.5,request\n118.0,32.0018,9,request\n",
                StandardCharsets.UTF_8);

        DemandSignals signals = DemandSignals.read(file);
        int[] placed = signals.place(buildings);

        assertThat(placed).containsExactly(0, 0, -1);
        assertThat(DemandSignals.extraDemand(signals, placed, 2)).containsExactly(6.5, 0.0);
        assertThat(signals.kind(0)).isEqualTo("waitlist");
    }

    @Test
    void refusesABadWeightNamingLineAndColumn() throws IOException {
        Path file = Files.writeString(
                dir.resolve("signals.csv"), "lon,lat,weight\n118.0,32.0,1\n118.0,32.0,-3\n", StandardCharsets.UTF_8);
        Path noWeight = Files.writeString(dir.resolve("b.csv"), "lon,lat\n118.0,32.0\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DemandSignals.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("signals.csv line 3, column weight: must be > 0");
        assertThatThrownBy(() -> DemandSignals.read(noWeight)).hasMessageContaining("no column 'weight'");
    }
}
