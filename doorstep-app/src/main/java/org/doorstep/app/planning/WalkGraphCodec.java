package org.doorstep.app.planning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.graph.WalkGraphBuilder;

/**
 * A walking graph as bytes: a format number, the node coordinates (1e-7 degree) and the edges (two node ids and the
 * flags), deflated. Lengths are not stored: {@link WalkGraphBuilder} measures them again from the coordinates, exactly
 * as when the graph was first built, so a decoded graph equals the encoded one. Stateless.
 */
final class WalkGraphCodec {

    /** Bumped whenever the layout below changes; a stored graph of another format is refused, not misread. */
    static final int FORMAT = 1;

    private WalkGraphCodec() {}

    static byte[] encode(WalkGraph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out =
                new DataOutputStream(new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(graph.nodeCount());
            out.writeInt(graph.edgeCount());
            for (int n = 0; n < graph.nodeCount(); n++) {
                out.writeInt(graph.lonE7(n));
                out.writeInt(graph.latE7(n));
            }
            for (int e = 0; e < graph.edgeCount(); e++) {
                out.writeInt(graph.edgeFrom(e));
                out.writeInt(graph.edgeTo(e));
                out.writeByte(graph.edgeFlags(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the walking graph", e);
        }
        return bytes.toByteArray();
    }

    static WalkGraph decode(byte[] data) {
        try (DataInputStream in =
                new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException(
                        "stored walking graph has format " + format + ", this version reads " + FORMAT);
            }
            int nodes = in.readInt();
            int edges = in.readInt();
            WalkGraphBuilder builder = new WalkGraphBuilder();
            for (int n = 0; n < nodes; n++) {
                builder.addNode(in.readInt(), in.readInt());
            }
            for (int e = 0; e < edges; e++) {
                builder.addEdge(in.readInt(), in.readInt(), in.readByte());
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("stored walking graph is damaged", e);
        }
    }
}
