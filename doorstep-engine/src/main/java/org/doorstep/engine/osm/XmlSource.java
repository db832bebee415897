package org.doorstep.engine.osm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.jspecify.annotations.Nullable;

/**
 * Reads OSM XML ({@code <osm>} with {@code node}, {@code way} and {@code relation} children) with the JDK's StAX
 * parser, once per pass. Other children ({@code bounds}, {@code note}, {@code meta}) are skipped. Errors name the
 * line. Not thread-safe.
 */
final class XmlSource implements OsmSource {

    private static final XMLInputFactory FACTORY = newFactory();

    private final Path file;
    private final Tags tags = new Tags();
    private final RelationMembers members = new RelationMembers();
    private long[] refs = new long[256];
    private int refCount;

    XmlSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(int kinds, OsmHandler handler) throws OsmImportException {
        @Nullable XMLStreamReader reader = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            reader = FACTORY.createXMLStreamReader(in);
            readRoot(reader);
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                readElement(reader, kinds, handler);
            }
        } catch (XMLStreamException e) {
            throw new OsmImportException(file, "malformed XML at " + where(reader, e) + ": " + message(e), e);
        } catch (IOException e) {
            throw new OsmImportException(file, "cannot read: " + e, e);
        } catch (IllegalArgumentException e) {
            throw new OsmImportException(file, "at " + where(reader, null) + ": " + e.getMessage(), e);
        }
    }

    private void readRoot(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        if (!reader.getLocalName().equals("osm")) {
            throw new IllegalArgumentException("the root element is <" + reader.getLocalName() + ">, not <osm>");
        }
    }

    private void readElement(XMLStreamReader reader, int kinds, OsmHandler handler) throws XMLStreamException {
        String element = reader.getLocalName();
        int kind = element.equals("node")
                ? NODES
                : element.equals("way") ? WAYS : element.equals("relation") ? RELATIONS : 0;
        if ((kind & kinds) == 0) {
            skipElement(reader);
            return;
        }
        long id = id(reader, "id");
        int lonE7 = kind == NODES ? coordinate(reader, "lon", 180) : 0;
        int latE7 = kind == NODES ? coordinate(reader, "lat", 90) : 0;
        readChildren(reader);
        if (kind == NODES) {
            handler.node(id, lonE7, latE7, tags);
        } else if (kind == WAYS) {
            handler.way(id, refs, refCount, tags);
        } else {
            handler.relation(id, members, tags);
        }
    }

    /** Reads the {@code tag}, {@code nd} and {@code member} children up to the end of the current element. */
    private void readChildren(XMLStreamReader reader) throws XMLStreamException {
        tags.clear();
        members.clear();
        refCount = 0;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "tag" -> tags.add(attribute(reader, "k"), attribute(reader, "v"));
                case "nd" -> addRef(id(reader, "ref"));
                case "member" ->
                    members.add(memberType(attribute(reader, "type")), id(reader, "ref"), attribute(reader, "role"));
                default -> {
                    // Unknown children (for example JOSM's extensions) carry nothing the import uses.
                }
            }
            skipElement(reader);
        }
    }

    private void addRef(long ref) {
        if (refCount == refs.length) {
            refs = Arrays.copyOf(refs, refCount * 2);
        }
        refs[refCount++] = ref;
    }

    /** Skips to the end tag of the element whose start tag was just read. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        if (value == null) {
            throw new IllegalArgumentException("<" + reader.getLocalName() + "> has no " + name + " attribute");
        }
        return value;
    }

    private static long id(XMLStreamReader reader, String name) {
        String text = attribute(reader, name);
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<" + reader.getLocalName() + "> " + name + "='" + text + "' is no id");
        }
        if (id < 0) {
            // Negative ids mark objects never uploaded (JOSM); OsmRef cannot hold them.
            throw new IllegalArgumentException("<" + reader.getLocalName() + "> has a negative " + name + " " + id);
        }
        return id;
    }

    private static int coordinate(XMLStreamReader reader, String name, double limit) {
        String text = attribute(reader, name);
        double degrees;
        try {
            degrees = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            degrees = Double.NaN;
        }
        if (!(Math.abs(degrees) <= limit)) {
            throw new IllegalArgumentException("<node id='" + reader.getAttributeValue(null, "id") + "'> " + name + "='"
                    + text + "' is not a coordinate within +-" + limit);
        }
        return GeoDistance.toFixed(degrees);
    }

    private static int memberType(String type) {
        return switch (type) {
            case "node" -> OsmRef.NODE;
            case "way" -> OsmRef.WAY;
            case "relation" -> OsmRef.RELATION;
            default -> throw new IllegalArgumentException("unknown member type '" + type + "'");
        };
    }

    /** The parser's own words, without the position it prefixes them with (given by {@link #where}). */
    private static String message(XMLStreamException e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("Message: ");
        return at >= 0 ? text.substring(at + "Message: ".length()) : text;
    }

    private static String where(@Nullable XMLStreamReader reader, @Nullable XMLStreamException e) {
        if (e != null && e.getLocation() != null) {
            return "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
        }
        return reader == null ? "the start" : "line " + reader.getLocation().getLineNumber();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // No DTDs and no external entities: an OSM file has neither, and they are the usual XML attacks.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
