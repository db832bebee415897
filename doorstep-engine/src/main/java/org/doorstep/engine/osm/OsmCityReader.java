package org.doorstep.engine.osm;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.graph.WalkGraph;

/**
 * Reads an OpenStreetMap extract into a {@link CityData}: the walking graph, the residential buildings and the
 * facilities by category, with the import's counts.
 *
 * <p>The format is recognised by content, whatever the file name: PBF (a blob header length, then {@code OSMHeader}) or
 * XML (a {@code <} after an optional byte-order mark and white space). The import runs in passes, as GraphHopper's
 * {@code WaySegmentParser}: ways and relations first, then, if multipolygons need them, their member ways, and last the
 * nodes, keeping coordinates only for the nodes the kept ways use. OSM's {@code long} node ids pass through one hash map
 * and are gone from the result, which uses dense {@code int} ids.
 *
 * <p>Which ways are walkable, which buildings residential and which places facilities is decided by {@code
 * WalkableWayFilter}, {@code BuildingTags} and {@code FacilityTagTable}; their class comments hold the tables.
 * Thread-safe: each call works on its own state.
 */
public final class OsmCityReader {

    private OsmCityReader() {}

    /**
     * Reads {@code file}. The result's {@code source} is the file name and its counts are, in this order: {@code
     * osm_nodes, osm_ways, osm_relations, walkable_ways, graph_nodes, graph_edges, steps_edges, missing_node_refs,
     * segments_missing_node, segments_zero_length, incomplete_areas, buildings, residential_buildings, levels_assumed,
     * facilities} and {@code facilities_<category code>} for every category.
     *
     * @throws OsmImportException when the file is missing, empty, not OSM, truncated or malformed, or needs an
     *     unsupported PBF feature; never a partial result
     */
    public static CityData read(Path file, OsmImportOptions options) throws OsmImportException {
        OsmSource source = open(file);
        NodeIds ids = new NodeIds();
        WalkableWays walkable = new WalkableWays();
        List<Feature> features = new ArrayList<>();
        WayPass wayPass = new WayPass(ids, walkable, features);
        source.read(OsmSource.WAYS | OsmSource.RELATIONS, wayPass);
        options.progress()
                .accept("ways and relations: " + wayPass.ways() + " ways, " + wayPass.relations() + " relations, "
                        + walkable.size() + " walkable");
        LongObjectHashMap<int[]> memberWays = new LongObjectHashMap<>();
        if (!wayPass.memberWays().isEmpty()) {
            MemberWayPass memberWayPass = new MemberWayPass(wayPass.memberWays(), ids);
            source.read(OsmSource.WAYS, memberWayPass);
            memberWays = memberWayPass.nodesByWay();
            options.progress().accept("multipolygon members: " + memberWays.size() + " ways");
        }
        NodePass nodePass = new NodePass(ids, features);
        source.read(OsmSource.NODES, nodePass);
        options.progress().accept("nodes: " + nodePass.nodes() + " read, " + ids.size() + " needed");

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("osm_nodes", nodePass.nodes());
        counts.put("osm_ways", wayPass.ways());
        counts.put("osm_relations", wayPass.relations());
        WalkGraph graph = GraphAssembly.build(walkable, ids.walkable(), nodePass.coordinates(), counts);
        AreaGeometry geometry = new AreaGeometry(nodePass.coordinates(), memberWays);
        CityAssembler.Result city = new CityAssembler(geometry, options.defaultLevels(), counts).assemble(features);
        options.progress()
                .accept("city: " + graph.nodeCount() + " graph nodes, "
                        + city.buildings().size() + " residential buildings, "
                        + city.facilities().size() + " facility rows");
        return new CityData(String.valueOf(file.getFileName()), graph, city.buildings(), city.facilities(), counts);
    }

    /** A source for the file's format, told by its first bytes. */
    static OsmSource open(Path file) throws OsmImportException {
        byte[] start = new byte[16];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new OsmImportException(file, "cannot read: " + e, e);
        }
        if (length == 0) {
            throw new OsmImportException(file, "empty file");
        }
        // A PBF starts with the big-endian length of its first blob header, always below 64 KiB: two zero bytes.
        if (length >= 2 && start[0] == 0 && start[1] == 0) {
            return new PbfSource(file);
        }
        int i = 0;
        if (length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte-order mark
        }
        while (i < length && Character.isWhitespace(start[i])) {
            i++;
        }
        if (i < length && start[i] == '<') {
            return new XmlSource(file);
        }
        throw new OsmImportException(
                file,
                "neither OSM PBF nor OSM XML: it starts with bytes "
                        + HexFormat.ofDelimiter(" ").formatHex(start, 0, length));
    }
}
