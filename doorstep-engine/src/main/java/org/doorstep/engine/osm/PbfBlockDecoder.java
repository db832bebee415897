package org.doorstep.engine.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import crosby.binary.Osmformat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.engine.city.OsmRef;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one uncompressed {@code PrimitiveBlock} of an OSM PBF file and passes its elements to a handler: plain and
 * dense nodes, ways and relations, with delta-coded ids, coordinates and references resolved. Keeps reusable buffers:
 * one decoder per thread.
 */
final class PbfBlockDecoder {

    // Field numbers of osmformat.proto.
    private static final int STRING_TABLE = 1;
    private static final int PRIMITIVE_GROUP = 2;
    private static final int GRANULARITY = 17;
    private static final int LAT_OFFSET = 19;
    private static final int LON_OFFSET = 20;
    private static final int GROUP_NODES = 1;
    private static final int GROUP_DENSE = 2;
    private static final int GROUP_WAYS = 3;
    private static final int GROUP_RELATIONS = 4;

    private final Tags tags = new Tags();
    private final RelationMembers members = new RelationMembers();
    private final DenseNodeColumns dense = new DenseNodeColumns();
    private long[] refs = new long[256];
    private List<ByteString> table = List.of();
    private @Nullable String[] strings = new String[0];

    /**
     * Which kinds of element ({@link OsmSource#NODES}...) a block holds, from the first field of each primitive group,
     * without decoding the block: a pass that does not want them skips node blocks for the price of a scan.
     */
    static int kinds(byte[] block) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(block);
        int kinds = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) != PRIMITIVE_GROUP) {
                in.skipField(tag);
                continue;
            }
            int limit = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                int groupTag = in.readTag();
                kinds |= kindOfGroupField(WireFormat.getTagFieldNumber(groupTag));
                in.skipField(groupTag);
            }
            in.popLimit(limit);
        }
        return kinds;
    }

    private static int kindOfGroupField(int field) {
        return switch (field) {
            case GROUP_NODES, GROUP_DENSE -> OsmSource.NODES;
            case GROUP_WAYS -> OsmSource.WAYS;
            case GROUP_RELATIONS -> OsmSource.RELATIONS;
            default -> 0;
        };
    }

    /**
     * Decodes {@code block} and passes the elements of the wanted kinds to {@code handler}, in block order. The block's
     * frame and its dense nodes are read field by field: the generated parser would also decode every node's metadata
     * (version, timestamp, user) into lists, which the import never uses.
     */
    void decode(byte[] block, int kinds, OsmHandler handler) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(block);
        List<ByteString> groups = new ArrayList<>();
        int granularity = 100;
        long latOffset = 0;
        long lonOffset = 0;
        table = List.of();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case STRING_TABLE ->
                    table = Osmformat.StringTable.parseFrom(in.readBytes()).getSList();
                case PRIMITIVE_GROUP -> groups.add(in.readBytes());
                case GRANULARITY -> granularity = in.readInt32();
                case LAT_OFFSET -> latOffset = in.readInt64();
                case LON_OFFSET -> lonOffset = in.readInt64();
                default -> in.skipField(tag);
            }
        }
        strings = new String[table.size()];
        Coordinates coordinates = new Coordinates(granularity, lonOffset, latOffset);
        for (ByteString group : groups) {
            int groupKind = kindOfGroupField(
                    WireFormat.getTagFieldNumber(group.newCodedInput().readTag()));
            if ((groupKind & kinds) == 0) {
                continue;
            }
            if (groupKind == OsmSource.NODES) {
                decodeNodes(group, coordinates, handler);
            } else {
                decodeWaysAndRelations(Osmformat.PrimitiveGroup.parseFrom(group), kinds, handler);
            }
        }
    }

    private void decodeNodes(ByteString group, Coordinates coordinates, OsmHandler handler) throws IOException {
        CodedInputStream in = group.newCodedInput();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == GROUP_DENSE) {
                dense.read(in);
                decodeDense(coordinates, handler);
            } else if (field == GROUP_NODES) {
                Osmformat.Node node = Osmformat.Node.parseFrom(in.readBytes());
                fillTags(node.getKeysList(), node.getValsList());
                handler.node(node.getId(), coordinates.lonE7(node.getLon()), coordinates.latE7(node.getLat()), tags);
            } else {
                in.skipField(tag);
            }
        }
    }

    private void decodeDense(Coordinates coordinates, OsmHandler handler) {
        int count = dense.ids.size;
        if (dense.lats.size != count || dense.lons.size != count) {
            throw new IllegalArgumentException("dense nodes with " + count + " ids but " + dense.lats.size
                    + " latitudes and " + dense.lons.size + " longitudes");
        }
        long id = 0;
        long lat = 0;
        long lon = 0;
        int kv = 0;
        int keyValueCount = dense.keysVals.size;
        for (int i = 0; i < count; i++) {
            id += dense.ids.values[i];
            lat += dense.lats.values[i];
            lon += dense.lons.values[i];
            tags.clear();
            // keys_vals: (key value)* 0 per node, or empty when no node of the block has tags.
            while (kv < keyValueCount) {
                int key = (int) dense.keysVals.values[kv++];
                if (key == 0) {
                    break;
                }
                if (kv == keyValueCount) {
                    throw new IllegalArgumentException("dense node " + id + " has a tag key without a value");
                }
                tags.add(string(key), string((int) dense.keysVals.values[kv++]));
            }
            handler.node(id, coordinates.lonE7(lon), coordinates.latE7(lat), tags);
        }
    }

    private void decodeWaysAndRelations(Osmformat.PrimitiveGroup group, int kinds, OsmHandler handler) {
        if ((kinds & OsmSource.WAYS) != 0) {
            for (Osmformat.Way way : group.getWaysList()) {
                decodeWay(way, handler);
            }
        }
        if ((kinds & OsmSource.RELATIONS) != 0) {
            for (Osmformat.Relation relation : group.getRelationsList()) {
                decodeRelation(relation, handler);
            }
        }
    }

    private void decodeWay(Osmformat.Way way, OsmHandler handler) {
        fillTags(way.getKeysList(), way.getValsList());
        int refCount = way.getRefsCount();
        if (refs.length < refCount) {
            refs = new long[Math.max(refCount, 2 * refs.length)];
        }
        long ref = 0;
        for (int i = 0; i < refCount; i++) {
            ref += way.getRefs(i);
            refs[i] = ref;
        }
        handler.way(way.getId(), refs, refCount, tags);
    }

    private void decodeRelation(Osmformat.Relation relation, OsmHandler handler) {
        fillTags(relation.getKeysList(), relation.getValsList());
        members.clear();
        long member = 0;
        for (int i = 0; i < relation.getMemidsCount(); i++) {
            member += relation.getMemids(i);
            int type =
                    switch (relation.getTypes(i)) {
                        case NODE -> OsmRef.NODE;
                        case WAY -> OsmRef.WAY;
                        case RELATION -> OsmRef.RELATION;
                    };
            members.add(type, member, string(relation.getRolesSid(i)));
        }
        handler.relation(relation.getId(), members, tags);
    }

    private void fillTags(List<Integer> keys, List<Integer> values) {
        tags.clear();
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " tag keys but " + values.size() + " values");
        }
        for (int i = 0; i < keys.size(); i++) {
            tags.add(string(keys.get(i)), string(values.get(i)));
        }
    }

    /** A string of the block's table, decoded on first use: most of a node block's strings are never needed. */
    private String string(int index) {
        if (index < 0 || index >= strings.length) {
            throw new IllegalArgumentException("string " + index + " outside the table of " + strings.length);
        }
        String s = strings[index];
        if (s == null) {
            s = table.get(index).toStringUtf8();
            strings[index] = s;
        }
        return s;
    }

    /** A block's coordinate encoding: offset plus granularity times the stored value, in nanodegrees. */
    private record Coordinates(int granularity, long lonOffset, long latOffset) {

        int lonE7(long raw) {
            return toE7(lonOffset + granularity * raw);
        }

        int latE7(long raw) {
            return toE7(latOffset + granularity * raw);
        }

        private static int toE7(long nanodegrees) {
            // Rounds half up to 1e-7 degree; exact for the usual granularity of 100 nanodegrees.
            return (int) Math.floorDiv(nanodegrees + 50, 100);
        }
    }
}
