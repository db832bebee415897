package org.doorstep.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;
import org.doorstep.engine.generate.CityGenerator;
import org.doorstep.engine.generate.CitySpec;
import org.doorstep.engine.graph.WalkGraph;
import org.junit.jupiter.api.Test;

class WalkGraphCodecTest {

    @Test
    void decodesTheGraphItEncoded() {
        WalkGraph graph =
                CityGenerator.generate(CitySpec.ofNodes(42, 3_000)).city().graph();

        WalkGraph decoded = WalkGraphCodec.decode(WalkGraphCodec.encode(graph));

        assertThat(decoded.nodeCount()).isEqualTo(graph.nodeCount());
        assertThat(decoded.edgeCount()).isEqualTo(graph.edgeCount());
        for (int n = 0; n < graph.nodeCount(); n++) {
            assertThat(decoded.lonE7(n)).isEqualTo(graph.lonE7(n));
            assertThat(decoded.latE7(n)).isEqualTo(graph.latE7(n));
            assertThat(decoded.firstArc(n)).isEqualTo(graph.firstArc(n));
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(decoded.edgeFrom(e)).isEqualTo(graph.edgeFrom(e));
            assertThat(decoded.edgeTo(e)).isEqualTo(graph.edgeTo(e));
            assertThat(decoded.edgeLength_mm(e)).isEqualTo(graph.edgeLength_mm(e));
            assertThat(decoded.edgeFlags(e)).isEqualTo(graph.edgeFlags(e));
        }
    }

    @Test
    void refusesAGraphOfAnotherFormat() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(WalkGraphCodec.FORMAT + 1);
        }
        assertThatThrownBy(() -> WalkGraphCodec.decode(bytes.toByteArray()))
                .hasMessageContaining("format " + (WalkGraphCodec.FORMAT + 1));
    }

    @Test
    void refusesTruncatedBytes() {
        byte[] encoded = WalkGraphCodec.encode(
                CityGenerator.generate(CitySpec.ofNodes(1, 2_000)).city().graph());
        byte[] truncated = java.util.Arrays.copyOf(encoded, encoded.length / 2);
        assertThatThrownBy(() -> WalkGraphCodec.decode(truncated)).hasMessageContaining("damaged");
    }
}
