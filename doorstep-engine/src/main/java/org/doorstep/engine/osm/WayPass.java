package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongHashSet;
import java.util.Arrays;
import java.util.List;
import org.doorstep.engine.city.OsmRef;

/**
 * The first pass, over ways and relations: keeps walkable ways and the ways and multipolygons that are buildings,
 * residential land or facilities, giving their nodes {@link NodeIds} indexes, and notes the member ways the
 * multipolygons need. Not thread-safe.
 */
final class WayPass implements OsmHandler {

    private final NodeIds ids;
    private final WalkableWays walkable;
    private final List<Feature> features;
    private final LongHashSet memberWays = new LongHashSet();
    private long ways;
    private long relations;

    WayPass(NodeIds ids, WalkableWays walkable, List<Feature> features) {
        this.ids = ids;
        this.walkable = walkable;
        this.features = features;
    }

    @Override
    public void way(long id, long[] refs, int refCount, Tags tags) {
        ways++;
        int flags = WalkableWayFilter.edgeFlags(tags);
        if (flags != WalkableWayFilter.NOT_WALKABLE) {
            walkable.add(refs, refCount, flags, ids);
        }
        Feature feature = Feature.of(OsmRef.WAY, id, tags);
        if (feature != null) {
            feature.wayNodes = ids.indexes(refs, refCount, false);
            features.add(feature);
        }
    }

    @Override
    public void relation(long id, RelationMembers members, Tags tags) {
        relations++;
        Feature feature = tags.is("type", "multipolygon") ? Feature.of(OsmRef.RELATION, id, tags) : null;
        if (feature == null) {
            return;
        }
        LongHashSet outer = new LongHashSet();
        LongHashSet inner = new LongHashSet();
        for (int i = 0; i < members.size(); i++) {
            String role = members.role(i);
            if (members.type(i) == OsmRef.WAY && (role.isEmpty() || role.equals("outer"))) {
                outer.add(members.id(i));
            } else if (members.type(i) == OsmRef.WAY && role.equals("inner")) {
                inner.add(members.id(i));
            }
        }
        if (!outer.isEmpty()) {
            feature.outerWays = sorted(outer);
            feature.innerWays = sorted(inner);
            memberWays.addAll(outer);
            memberWays.addAll(inner);
            features.add(feature);
        }
    }

    /** Ids in ascending order: the geometry must not depend on hash order. */
    private static long[] sorted(LongHashSet set) {
        long[] ids = set.toArray();
        Arrays.sort(ids);
        return ids;
    }

    /** Ways that kept multipolygons are made of; their nodes are read by a {@link MemberWayPass}. */
    LongHashSet memberWays() {
        return memberWays;
    }

    long ways() {
        return ways;
    }

    long relations() {
        return relations;
    }
}
