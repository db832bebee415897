package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.doorstep.engine.SharedData;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.WalkGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every real extract of {@code shared/data/osm}, as described in {@code shared/data/README.md}. */
class OsmCityReaderIT {

    static Stream<String> osmFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.osmDirectory())) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".osm") || name.endsWith(".osm.pbf"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("osmFiles")
    void everyExtractGivesASaneCity(String name) throws OsmImportException {
        CityData city = OsmCityReader.read(SharedData.osm(name), OsmImportOptions.defaults());

        assertThat(city.source()).isEqualTo(name);
        assertThat(city.counts().get("osm_nodes")).isPositive();
        assertThat(city.graph().nodeCount()).isPositive();
        assertThat(city.graph().edgeCount()).isPositive();
        assertThat(city.counts())
                .containsEntry("graph_edges", (long) city.graph().edgeCount());
        // the README: every node a way uses is in the file
        assertThat(city.counts()).containsEntry("missing_node_refs", 0L);
        assertThat(city.buildings().size())
                .isPositive()
                .isLessThanOrEqualTo(city.counts().get("buildings").intValue());
        assertThat(city.facilities().size()).isPositive();
        assertEdgesJoinDistinctNodesWithALength(city.graph());
    }

    @Test
    void portoHasItsPharmaciesSchoolsAndSteps() throws OsmImportException {
        CityData porto = OsmCityReader.read(SharedData.osm("pt-porto-centre.osm.pbf"), OsmImportOptions.defaults());

        // README: amenity=pharmacy 44, school 51, kindergarten 14, playground 13; steps 434 ways
        assertThat(rowsOfKind(porto.facilities(), ServiceCategory.HEALTH, "amenity=pharmacy"))
                .isEqualTo(44);
        assertThat(porto.counts())
                .containsEntry("facilities_school", 51L)
                .containsEntry("facilities_kindergarten", 14L)
                .containsEntry("facilities_play", 13L);
        assertThat(porto.counts().get("steps_edges")).isGreaterThanOrEqualTo(434L);
    }

    @Test
    void liechtensteinHasItsKindergartensSchoolsAndPostOffices() throws OsmImportException {
        CityData li = OsmCityReader.read(SharedData.osm("li-liechtenstein.osm.pbf"), OsmImportOptions.defaults());

        // README: kindergarten 18, school 22, post_office 12, playground 38, childcare 3
        assertThat(li.counts())
                .containsEntry("osm_nodes", 295_005L)
                .containsEntry("osm_ways", 29_874L)
                .containsEntry("osm_relations", 884L)
                .containsEntry("facilities_kindergarten", 18L)
                .containsEntry("facilities_school", 22L)
                .containsEntry("facilities_play", 38L);
        assertThat(rowsOfKind(li.facilities(), ServiceCategory.DELIVERY, "amenity=post_office"))
                .isEqualTo(12);
        assertThat(rowsOfKind(li.facilities(), ServiceCategory.CHILDCARE, "amenity=childcare"))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-nanjing-xinjiekou", "cn-beijing-haidian-cau", "cn-shenzhen-longgang-daxuecheng"})
    void xmlAndPbfTwinsGiveTheSameCity(String city) throws OsmImportException {
        CityData xml = OsmCityReader.read(SharedData.osm(city + ".osm"), OsmImportOptions.defaults());
        CityData pbf = OsmCityReader.read(SharedData.osm(city + ".osm.pbf"), OsmImportOptions.defaults());

        assertThat(pbf.counts()).containsExactlyEntriesOf(xml.counts());
        assertThat(graphRows(pbf.graph())).containsExactlyElementsOf(graphRows(xml.graph()));
        assertThat(buildingRows(pbf.buildings())).containsExactlyElementsOf(buildingRows(xml.buildings()));
        assertThat(facilityRows(pbf.facilities())).containsExactlyElementsOf(facilityRows(xml.facilities()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 17, 200, 5_000, 60_000, 113_726})
    void truncatedPbfIsRefusedNamingTheFile(int length, @TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.osm("cn-nanjing-xinjiekou.osm.pbf"));
        Path cut = Files.write(dir.resolve("cut-" + length + ".osm.pbf"), Arrays.copyOf(whole, length));

        BrokenInputTest.assertRefused(cut, "cut-" + length);
    }

    @Test
    void pbfCutInsideABlobSaysWhichBlobAndWhere(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.osm("li-liechtenstein.osm.pbf"));
        Path cut = Files.write(dir.resolve("half.osm.pbf"), Arrays.copyOf(whole, whole.length / 2));

        BrokenInputTest.assertRefused(cut, "truncated");
    }

    private static void assertEdgesJoinDistinctNodesWithALength(WalkGraph graph) {
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(graph.edgeFrom(e)).isNotEqualTo(graph.edgeTo(e));
            assertThat(graph.edgeLength_mm(e)).isPositive();
        }
    }

    private static long rowsOfKind(Facilities facilities, ServiceCategory category, String kind) {
        return Arrays.stream(facilities.ofCategory(category))
                .filter(f -> facilities.kind(f).equals(kind))
                .count();
    }

    private static List<String> graphRows(WalkGraph graph) {
        return IntStream.range(0, graph.edgeCount())
                .mapToObj(e -> graph.lonE7(graph.edgeFrom(e)) + "," + graph.latE7(graph.edgeFrom(e)) + " "
                        + graph.lonE7(graph.edgeTo(e)) + "," + graph.latE7(graph.edgeTo(e)) + " "
                        + graph.edgeLength_mm(e) + " " + graph.edgeFlags(e))
                .toList();
    }

    private static List<String> buildingRows(Buildings b) {
        return IntStream.range(0, b.size())
                .mapToObj(i -> b.ref(i) + " " + b.lonE7(i) + " " + b.latE7(i) + " " + b.footprint_m2(i) + " "
                        + b.levels(i) + " " + b.levelsAssumed(i) + " " + b.floorArea_m2(i))
                .toList();
    }

    private static List<String> facilityRows(Facilities f) {
        return IntStream.range(0, f.size())
                .mapToObj(i -> f.ref(i) + " " + f.category(i) + " " + f.kind(i) + " " + f.name(i) + " " + f.lonE7(i)
                        + " " + f.latE7(i) + " " + f.floorArea_m2(i) + " " + f.capacity(i) + " " + f.fallback(i))
                .toList();
    }
}
