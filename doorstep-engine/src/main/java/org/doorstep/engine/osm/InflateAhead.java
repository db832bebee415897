package org.doorstep.engine.osm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The blobs of a small PBF file read in one go and inflated on every core before {@link PbfSource}'s first pass needs
 * them. Why: JFR on Liechtenstein's import put a third of it in {@code Inflater}, half of that inflating again in the
 * later passes. Reading and inflating stop at nothing: a failure is kept with its blob and raised only when the pass
 * reaches that blob, so the error reported is the same as when reading blob by blob. A file above the limit gets the
 * plain blob-by-blob reads. Not thread-safe.
 */
final class InflateAhead {

    private final PbfSource source;
    private final FileChannel channel;
    private final PbfSource.Blob[] blobs;
    private final byte[] @Nullable [] blocks;
    private final @Nullable OsmImportException[] failures;
    private final int readCount;
    private final @Nullable Exception readFailure;

    private InflateAhead(
            PbfSource source,
            FileChannel channel,
            PbfSource.Blob[] blobs,
            int readCount,
            @Nullable Exception readFailure) {
        this.source = source;
        this.channel = channel;
        this.blobs = blobs;
        this.readCount = readCount;
        this.readFailure = readFailure;
        this.blocks = new byte[readCount][];
        this.failures = new OsmImportException[readCount];
    }

    /** Reads and inflates the whole file if it is at most {@code maxBytes} long, else nothing. */
    static InflateAhead of(PbfSource source, FileChannel channel, long maxBytes) throws IOException {
        if (channel.size() > maxBytes) {
            return new InflateAhead(source, channel, new PbfSource.Blob[0], 0, null);
        }
        PbfSource.Blob[] blobs = new PbfSource.Blob[64];
        int count = 0;
        Exception failure = null;
        for (long position = 0; position < channel.size(); count++) {
            try {
                PbfSource.Blob blob = source.read(channel, count, position);
                blobs = count == blobs.length ? Arrays.copyOf(blobs, 2 * count) : blobs;
                blobs[count] = blob;
                position = blob.end();
            } catch (OsmImportException | IOException e) {
                failure = e;
                break;
            }
        }
        InflateAhead ahead = new InflateAhead(source, channel, blobs, count, failure);
        ahead.inflateAll();
        return ahead;
    }

    private void inflateAll() {
        // Blob 0 is the header, checked by the first pass itself.
        IntStream.range(1, readCount).parallel().forEach(blob -> {
            if (blobs[blob].type().equals("OSMData")) {
                try {
                    blocks[blob] = source.inflate(blobs[blob]);
                } catch (OsmImportException e) {
                    failures[blob] = e;
                }
            }
        });
    }

    /** Whether the inflated blocks were made here, and so are worth keeping for later passes. */
    boolean keeps() {
        return readCount > 0;
    }

    /** Blob number {@code blob}, which starts at {@code position}: read ahead, or read now. */
    PbfSource.Blob blob(int blob, long position) throws IOException, OsmImportException {
        if (blob < readCount) {
            return blobs[blob];
        }
        if (blob == readCount && readFailure != null) {
            rethrow(readFailure);
        }
        return source.read(channel, blob, position);
    }

    /** The inflated content of an OSMData blob: inflated ahead, or inflated now. */
    byte[] inflated(int blob, PbfSource.Blob data) throws OsmImportException {
        if (blob < readCount) {
            OsmImportException failure = failures[blob];
            if (failure != null) {
                throw failure;
            }
            byte[] block = blocks[blob];
            if (block != null) {
                return block;
            }
        }
        return source.inflate(data);
    }

    private static void rethrow(Exception e) throws OsmImportException, IOException {
        if (e instanceof OsmImportException importFailure) {
            throw importFailure;
        }
        throw (IOException) e;
    }
}
