package org.doorstep.engine.osm;

import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OSM PBF file: a sequence of blobs, each a 4-byte big-endian header length, a {@code BlobHeader} and a
 * {@code Blob}, the first of type {@code OSMHeader} and the others {@code OSMData}. The first pass reads every blob and
 * notes where each data blob starts and which kinds of element it holds; later passes read only the blobs they need (the
 * node pass skips way blocks, the way pass node blocks). A file of up to 64 MiB is read whole first, its blobs inflated
 * on every core ({@link InflateAhead}), and the inflated blocks are kept for the later passes. Errors name the blob and
 * its byte offset, the first in the file as when read blob by blob. Not thread-safe.
 */
final class PbfSource implements OsmSource {

    private static final Set<String> SUPPORTED_FEATURES = Set.of("OsmSchema-V0.6", "DenseNodes");
    // Limits of the PBF specification; larger values mean a corrupt or non-PBF file.
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;
    // Files up to this size are read whole and inflated on every core before the first pass (InflateAhead).
    private static final long MAX_AHEAD_BYTES = 64L * 1024 * 1024;

    private final Path file;
    private final PbfBlockDecoder decoder = new PbfBlockDecoder();
    private long[] blobStart = new long[0];
    private int[] blobNumber = new int[0];
    private byte[] blobKinds = new byte[0];
    private int blobCount = -1;
    // The first pass's inflated blocks, for the later passes; null entries (or none) where they were not kept.
    private byte[][] inflated = new byte[0][];

    PbfSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(int kinds, OsmHandler handler) throws OsmImportException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (blobCount < 0) {
                readAll(channel, kinds, handler);
            } else {
                for (int blob = 0; blob < blobCount; blob++) {
                    if ((blobKinds[blob] & kinds) != 0) {
                        Blob data = read(channel, blobNumber[blob], blobStart[blob]);
                        byte[] block = blob < inflated.length ? inflated[blob] : null;
                        decode(data, block != null ? block : inflate(data), kinds, handler);
                    }
                }
            }
        } catch (IOException e) {
            throw new OsmImportException(file, "cannot read: " + e, e);
        }
    }

    private void readAll(FileChannel channel, int kinds, OsmHandler handler) throws IOException, OsmImportException {
        long[] starts = new long[64];
        int[] numbers = new int[64];
        byte[] contents = new byte[64];
        byte[][] blocks = new byte[64][];
        int count = 0;
        InflateAhead ahead = InflateAhead.of(this, channel, MAX_AHEAD_BYTES);
        long position = 0;
        for (int blob = 0; position < channel.size(); blob++) {
            Blob data = ahead.blob(blob, position);
            if (blob == 0) {
                checkHeader(data);
            } else if (data.type.equals("OSMData")) {
                byte[] block = ahead.inflated(blob, data);
                int blockKinds = kinds(data, block);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                    numbers = Arrays.copyOf(numbers, 2 * count);
                    contents = Arrays.copyOf(contents, 2 * count);
                    blocks = Arrays.copyOf(blocks, 2 * count);
                }
                starts[count] = position;
                numbers[count] = blob;
                contents[count] = (byte) blockKinds;
                blocks[count] = ahead.keeps() ? block : null;
                count++;
                if ((blockKinds & kinds) != 0) {
                    decode(data, block, kinds, handler);
                }
            }
            // Blobs of other types may be skipped, says the specification.
            position = data.end;
        }
        blobStart = starts;
        blobNumber = numbers;
        blobKinds = contents;
        inflated = blocks;
        blobCount = count;
    }

    private int kinds(Blob data, byte[] block) throws OsmImportException {
        try {
            return PbfBlockDecoder.kinds(block);
        } catch (IOException e) {
            throw data.error(file, "corrupt primitive block: " + e.getMessage(), e);
        }
    }

    private void decode(Blob data, byte[] block, int kinds, OsmHandler handler) throws OsmImportException {
        try {
            decoder.decode(block, kinds, handler);
        } catch (IOException | IllegalArgumentException e) {
            throw data.error(file, "corrupt primitive block: " + e.getMessage(), e);
        }
    }

    /** The blob's uncompressed content; raw and zlib are the encodings every writer supports. */
    byte[] inflate(Blob data) throws OsmImportException {
        Fileformat.Blob blob;
        try {
            blob = Fileformat.Blob.parseFrom(data.data);
        } catch (IOException e) {
            throw data.error(file, "corrupt blob: " + e.getMessage(), e);
        }
        if (blob.hasRaw()) {
            return blob.getRaw().toByteArray();
        }
        if (!blob.hasZlibData()) {
            throw data.error(file, "unsupported compression " + blob.getDataCase() + " (only raw and zlib)", null);
        }
        int size = blob.getRawSize();
        if (size < 0 || size > MAX_BLOB_BYTES) {
            throw data.error(file, "uncompressed size " + size + " is outside 0.." + MAX_BLOB_BYTES, null);
        }
        return inflate(data, blob.getZlibData().asReadOnlyByteBuffer(), size);
    }

    private byte[] inflate(Blob data, ByteBuffer compressed, int size) throws OsmImportException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] block = new byte[size];
            int length = 0;
            while (length < size && !inflater.finished() && !inflater.needsInput()) {
                length += inflater.inflate(block, length, size - length);
            }
            if (length != size || !inflater.finished()) {
                throw data.error(file, "zlib data do not inflate to the stated " + size + " bytes", null);
            }
            return block;
        } catch (DataFormatException e) {
            throw data.error(file, "corrupt zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private void checkHeader(Blob data) throws OsmImportException {
        if (!data.type.equals("OSMHeader")) {
            throw data.error(file, "the first blob is '" + data.type + "', expected 'OSMHeader'", null);
        }
        Osmformat.HeaderBlock header;
        try {
            header = Osmformat.HeaderBlock.parseFrom(inflate(data));
        } catch (IOException e) {
            throw data.error(file, "corrupt header block: " + e.getMessage(), e);
        }
        for (String feature : header.getRequiredFeaturesList()) {
            if (!SUPPORTED_FEATURES.contains(feature)) {
                throw data.error(file, "requires the unsupported feature '" + feature + "'", null);
            }
        }
    }

    /** Reads the blob that starts at {@code position}: its header and its still compressed data. */
    Blob read(FileChannel channel, int blob, long position) throws IOException, OsmImportException {
        long size = channel.size();
        Blob where = new Blob(blob, position, "", new byte[0], position);
        int headerLength =
                ByteBuffer.wrap(readFully(channel, where, position, 4, size)).getInt();
        if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES) {
            throw where.error(file, "not a PBF blob: header length " + headerLength, null);
        }
        Fileformat.BlobHeader header;
        try {
            header = Fileformat.BlobHeader.parseFrom(readFully(channel, where, position + 4, headerLength, size));
        } catch (IOException e) {
            throw where.error(file, "not a PBF blob header: " + e.getMessage(), e);
        }
        int dataSize = header.getDatasize();
        if (dataSize < 0 || dataSize > MAX_BLOB_BYTES) {
            throw where.error(file, "blob size " + dataSize + " is outside 0.." + MAX_BLOB_BYTES, null);
        }
        long dataStart = position + 4 + headerLength;
        byte[] data = readFully(channel, where, dataStart, dataSize, size);
        return new Blob(blob, position, header.getType(), data, dataStart + dataSize);
    }

    private byte[] readFully(FileChannel channel, Blob where, long from, int length, long size)
            throws IOException, OsmImportException {
        if (from + length > size) {
            throw where.error(
                    file,
                    "truncated: " + length + " bytes needed at byte " + from + ", the file ends at " + size,
                    null);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                throw where.error(file, "truncated at byte " + (from + buffer.position()), null);
            }
        }
        return buffer.array();
    }

    /** One blob as read from the file: where it starts, its type and its compressed bytes. */
    record Blob(int number, long start, String type, byte[] data, long end) {

        OsmImportException error(Path file, String problem, @Nullable Throwable cause) {
            return new OsmImportException(file, "blob " + number + " at byte " + start + ": " + problem, cause);
        }
    }
}
