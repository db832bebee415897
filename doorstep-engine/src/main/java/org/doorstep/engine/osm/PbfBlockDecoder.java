package org.doorstep.engine.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import crosby.binary.Osmformat;
import java.io.IOException;
import java.util.List;
import org.doorstep.engine.city.OsmRef;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one uncompressed {@code PrimitiveBlock} of an OSM PBF file and passes its elements to a handler: plain and
 * dense nodes, ways and relations, with delta-coded ids, coordinates and references resolved. Keeps reusable buffers:
 * one decoder per thread.
 */
final class PbfBlockDecoder {

    private static final int PRIMITIVE_GROUP = 2;
    private static final int GROUP_NODES = 1;
    private static final int GROUP_DENSE = 2;
    private static final int GROUP_WAYS = 3;
    private static final int GROUP_RELATIONS = 4;

    private final Tags tags = new Tags();
    private final RelationMembers members = new RelationMembers();
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

    /** Decodes {@code block} and passes the elements of the wanted kinds to {@code handler}, in block order. */
    void decode(byte[] block, int kinds, OsmHandler handler) throws InvalidProtocolBufferException {
        Osmformat.PrimitiveBlock primitives = Osmformat.PrimitiveBlock.parseFrom(block);
        table = primitives.getStringtable().getSList();
        strings = new String[table.size()];
        Coordinates coordinates =
                new Coordinates(primitives.getGranularity(), primitives.getLonOffset(), primitives.getLatOffset());
        for (Osmformat.PrimitiveGroup group : primitives.getPrimitivegroupList()) {
            if ((kinds & OsmSource.NODES) != 0) {
                for (Osmformat.Node node : group.getNodesList()) {
                    fillTags(node.getKeysList(), node.getValsList());
                    handler.node(
                            node.getId(), coordinates.lonE7(node.getLon()), coordinates.latE7(node.getLat()), tags);
                }
                if (group.hasDense()) {
                    decodeDense(group.getDense(), coordinates, handler);
                }
            }
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
    }

    private void decodeDense(Osmformat.DenseNodes dense, Coordinates coordinates, OsmHandler handler) {
        int count = dense.getIdCount();
        if (dense.getLatCount() != count || dense.getLonCount() != count) {
            throw new IllegalArgumentException("dense nodes with " + count + " ids but " + dense.getLatCount()
                    + " latitudes and " + dense.getLonCount() + " longitudes");
        }
        int keyValueCount = dense.getKeysValsCount();
        long id = 0;
        long lat = 0;
        long lon = 0;
        int kv = 0;
        for (int i = 0; i < count; i++) {
            id += dense.getId(i);
            lat += dense.getLat(i);
            lon += dense.getLon(i);
            tags.clear();
            // keys_vals: (key value)* 0 per node, or empty when no node of the block has tags.
            while (kv < keyValueCount) {
                int key = dense.getKeysVals(kv++);
                if (key == 0) {
                    break;
                }
                tags.add(string(key), string(dense.getKeysVals(kv++)));
            }
            handler.node(id, coordinates.lonE7(lon), coordinates.latE7(lat), tags);
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
