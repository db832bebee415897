package org.doorstep.engine.osm;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.Arrays;

/**
 * The columns of one PBF {@code DenseNodes} message (ids, latitudes, longitudes, tags), still delta-coded, read field by
 * field so that the nodes' metadata ({@code denseinfo}) is skipped unread. Reused from block to block; not thread-safe.
 */
final class DenseNodeColumns {

    private static final int IDS = 1;
    private static final int LATS = 8;
    private static final int LONS = 9;
    private static final int KEYS_VALS = 10;

    final Column ids = new Column();
    final Column lats = new Column();
    final Column lons = new Column();
    final Column keysVals = new Column();

    void read(CodedInputStream in) throws IOException {
        ids.size = 0;
        lats.size = 0;
        lons.size = 0;
        keysVals.size = 0;
        int limit = in.pushLimit(in.readRawVarint32());
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case IDS -> ids.read(in, tag, true);
                case LATS -> lats.read(in, tag, true);
                case LONS -> lons.read(in, tag, true);
                case KEYS_VALS -> keysVals.read(in, tag, false);
                default -> in.skipField(tag); // denseinfo: metadata the import does not use
            }
        }
        in.popLimit(limit);
    }

    /** A growable column of numbers read from a (normally packed) repeated field. */
    static final class Column {
        long[] values = new long[8192];
        int size;

        void read(CodedInputStream in, int tag, boolean zigzag) throws IOException {
            if (WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                add(zigzag ? in.readSInt64() : in.readInt32());
                return;
            }
            int limit = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                add(zigzag ? in.readSInt64() : in.readInt32());
            }
            in.popLimit(limit);
        }

        private void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }
    }
}
