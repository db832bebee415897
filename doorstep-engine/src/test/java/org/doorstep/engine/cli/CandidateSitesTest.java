package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateSitesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvColumnsByNameWithQuotedNamesAndUnknownAreaOrCost() throws IOException, InputFileException {
        Path file = write(
                "sites.csv",
                "lat,lon,id,floor_area_m2,cost,name,owner\n"
                        + "32.04,118.78,a1,400,2.5,\"Old school, east wing\",district\n"
                        + "\n"
                        + "32.05,118.79,a2,,,,\n");

        List<Candidate> sites = CandidateSites.read(file);

        assertThat(sites).hasSize(2);
        Candidate first = sites.get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.lonE7()).isEqualTo(1_187_800_000);
        assertThat(first.latE7()).isEqualTo(320_400_000);
        assertThat(first.floorArea_m2()).isEqualTo(400.0);
        assertThat(first.cost()).isEqualTo(2.5);
        assertThat(first.name()).isEqualTo("Old school, east wing");
        assertThat(first.where()).isEqualTo("line 2");
        assertThat(sites.get(1).floorArea_m2()).isNaN();
        assertThat(sites.get(1).cost()).isNaN();
        assertThat(sites.get(1).where()).isEqualTo("line 4");
    }

    @Test
    void namesTheLineAndColumnOfABadCsvRow() throws IOException {
        Path badLat = write("a.csv", "id,lon,lat,floor_area_m2,cost\nx,118.7,32.0,100,1\ny,118.7,95,100,1\n");
        Path badNumber = write("b.csv", "id,lon,lat,floor_area_m2,cost\nx,118.7,32.0,big,1\n");
        Path badCost = write("c.csv", "id,lon,lat,floor_area_m2,cost\nx,118.7,32.0,100,0\n");
        Path twice = write("d.csv", "id,lon,lat,floor_area_m2\nx,118.7,32.0,100\nx,118.8,32.0,100\n");
        Path noColumn = write("e.csv", "id,lon,lat\nx,118.7,32.0\n");
        Path open = write("f.csv", "id,lon,lat,floor_area_m2,name\nx,118.7,32.0,100,\"open\n");

        assertThatThrownBy(() -> CandidateSites.read(badLat)).hasMessageContaining("a.csv line 3, column lat");
        assertThatThrownBy(() -> CandidateSites.read(badNumber))
                .hasMessageContaining("b.csv line 2, column floor_area_m2: 'big' is not a number");
        assertThatThrownBy(() -> CandidateSites.read(badCost)).hasMessageContaining("line 2, column cost");
        assertThatThrownBy(() -> CandidateSites.read(twice))
                .hasMessageContaining("line 3, column id: 'x' is used twice");
        assertThatThrownBy(() -> CandidateSites.read(noColumn)).hasMessageContaining("no column 'floor_area_m2'");
        assertThatThrownBy(() -> CandidateSites.read(open))
                .hasMessageContaining("line 2: a quoted field is not closed");
    }

    @Test
    void readsGeoJsonPointsWithTheirProperties() throws IOException, InputFileException {
        Path file = write(
                "sites.geojson",
                """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [118.78, 32.04]},
                   "properties": {"id": 7, "floor_area_m2": 350.5, "cost": 3, "name": "Depot \\u00e9"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-8.61, 41.15]},
                   "properties": {"id": "p-2", "floor_area_m2": null}}
                ]}
                """);

        List<Candidate> sites = CandidateSites.read(file);

        assertThat(sites).extracting(Candidate::id).containsExactly("7", "p-2");
        assertThat(sites.get(0).floorArea_m2()).isEqualTo(350.5);
        assertThat(sites.get(0).name()).isEqualTo("Depot é");
        assertThat(sites.get(0).where()).isEqualTo("feature 0");
        assertThat(sites.get(1).lonE7()).isEqualTo(-86_100_000);
        assertThat(sites.get(1).floorArea_m2()).isNaN();
        assertThat(sites.get(1).cost()).isNaN();
    }

    @Test
    void namesTheFeatureOfABadGeoJsonSite() throws IOException {
        String head = "{\"type\": \"FeatureCollection\", \"features\": [";
        String good = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [118.7, 32.0]},"
                + " \"properties\": {\"id\": \"a\"}}";
        Path line = write(
                "a.geojson",
                head + good + ", {\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\","
                        + " \"coordinates\": [[1, 2], [3, 4]]}, \"properties\": {\"id\": \"b\"}}]}");
        Path area = write(
                "b.geojson", head + good.replace("\"id\": \"a\"", "\"id\": \"a\", \"floor_area_m2\": \"x\"") + "]}");
        Path noId = write("c.geojson", head + good + ", " + good.replace("\"id\": \"a\"", "\"name\": \"b\"") + "]}");
        Path syntax = write("d.geojson", head + "\n" + good + ",\n{\"type\": }]}");

        assertThatThrownBy(() -> CandidateSites.read(line)).hasMessageContaining("a.geojson feature 1, geometry");
        assertThatThrownBy(() -> CandidateSites.read(area))
                .hasMessageContaining("feature 0, property floor_area_m2: 'x' is not a number");
        assertThatThrownBy(() -> CandidateSites.read(noId)).hasMessageContaining("feature 1, property id: missing");
        assertThatThrownBy(() -> CandidateSites.read(syntax)).hasMessageContaining("d.geojson line 3, column 10");
    }
}
