package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.engine.cli.EngineCandidates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner's export read back by the engine's own reader, in both formats (files under a temporary directory). */
class CandidateSiteExportTest {

    private final CandidateSiteExport export = new CandidateSiteExport(new ObjectMapper());

    private final List<CandidateSite> sites = List.of(
            new CandidateSite(
                    7,
                    70,
                    "320102002001",
                    118.7912345,
                    32.0456789,
                    "梅园新村 12号, 底层",
                    320.5,
                    "区机关事务管理局",
                    450000.0,
                    SiteAvailability.AVAILABLE,
                    null,
                    "空置\n两年"),
            new CandidateSite(
                    8,
                    70,
                    "320102002001",
                    118.80,
                    32.05,
                    "长江路 \"老邮局\"",
                    null,
                    null,
                    null,
                    SiteAvailability.RESERVED,
                    LocalDate.of(2026, 3, 1),
                    null),
            new CandidateSite(
                    9,
                    70,
                    "320102002001",
                    118.81,
                    32.06,
                    "已撤回",
                    100.0,
                    "某公司",
                    1000.0,
                    SiteAvailability.WITHDRAWN,
                    null,
                    null));

    private List<EngineCandidates.Site> roundTrip(Export format, Path dir) throws Exception {
        Path file = dir.resolve("candidates." + (format == Export.CSV ? "csv" : "geojson"));
        Files.write(file, export.write(format, sites));
        return EngineCandidates.read(file);
    }

    @Test
    void csvReadsBackThroughTheEnginesReader(@TempDir Path dir) throws Exception {
        assertReadBack(roundTrip(Export.CSV, dir));
    }

    @Test
    void geoJsonReadsBackThroughTheEnginesReader(@TempDir Path dir) throws Exception {
        assertReadBack(roundTrip(Export.GEOJSON, dir));
    }

    private void assertReadBack(List<EngineCandidates.Site> read) {
        // The withdrawn site is not offered to planning.
        assertThat(read).extracting(EngineCandidates.Site::id).containsExactly("7", "8");
        EngineCandidates.Site first = read.get(0);
        assertThat(first.lon()).isCloseTo(sites.get(0).lon(), offset(1e-7));
        assertThat(first.lat()).isCloseTo(sites.get(0).lat(), offset(1e-7));
        assertThat(first.floorArea_m2()).isEqualTo(320.5);
        assertThat(first.cost()).isEqualTo(450000.0);
        assertThat(first.name()).isEqualTo(sites.get(0).address());
        assertThat(first.owner()).isEqualTo("区机关事务管理局");
        EngineCandidates.Site second = read.get(1);
        assertThat(second.name()).isEqualTo(sites.get(1).address());
        assertThat(second.floorArea_m2()).isNaN();
        assertThat(second.cost()).isNaN();
        assertThat(second.owner()).isEmpty();
    }
}
