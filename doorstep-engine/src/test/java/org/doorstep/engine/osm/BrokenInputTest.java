package org.doorstep.engine.osm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not OSM, or broken OSM: each is refused with a message naming the file and the problem. */
class BrokenInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.osm.pbf", new byte[0]);

        assertRefused(file, "empty file");
    }

    @Test
    void textNamedAsPbf() throws IOException {
        Path file = write("notes.osm.pbf", "just some notes\n".getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "neither OSM PBF nor OSM XML");
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        Path file = write(
                "broken.osm",
                """
                <?xml version="1.0"?>
                <osm version="0.6">
                  <node id="1" lat="1" lon="2">
                </osm>
                """
                        .getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "line 4");
    }

    @Test
    void xmlWithoutOsmRoot() throws IOException {
        Path file = write("page.osm", "<html><body/></html>".getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "not <osm>");
    }

    @Test
    void nodeWithoutCoordinates() throws IOException {
        Path file =
                write("node.osm", "<osm>\n<node id='7' lat='95' lon='2'/>\n</osm>".getBytes(StandardCharsets.UTF_8));

        assertRefused(file, "line 2");
    }

    @Test
    void pbfWithAnUnsupportedRequiredFeature() throws IOException {
        Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder()
                .addRequiredFeatures("OsmSchema-V0.6")
                .addRequiredFeatures("HistoricalInformation")
                .build();
        Path file = write("history.osm.pbf", blob("OSMHeader", header.toByteArray()));

        assertRefused(file, "blob 0 at byte 0: requires the unsupported feature 'HistoricalInformation'");
    }

    @Test
    void pbfWithoutHeaderBlock() throws IOException {
        Path file = write("headless.osm.pbf", blob("OSMData", new byte[0]));

        assertRefused(file, "expected 'OSMHeader'");
    }

    /** One PBF blob: header length, BlobHeader, raw Blob. */
    private static byte[] blob(String type, byte[] content) throws IOException {
        byte[] data = Fileformat.Blob.newBuilder()
                .setRaw(com.google.protobuf.ByteString.copyFrom(content))
                .build()
                .toByteArray();
        byte[] header = Fileformat.BlobHeader.newBuilder()
                .setType(type)
                .setDatasize(data.length)
                .build()
                .toByteArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(header.length);
        out.write(header);
        out.write(data);
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> OsmCityReader.read(file, OsmImportOptions.defaults()))
                .isInstanceOf(OsmImportException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(problem);
    }
}
