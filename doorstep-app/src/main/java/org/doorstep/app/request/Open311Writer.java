package org.doorstep.app.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes a GeoReport v2 document, built once as maps and lists, in JSON or XML: the same tree gives both, so that
 * the two never drift apart. In XML a list's items are named by the specification's singular of the list
 * ({@code services/service}, {@code service_requests/request}, {@code errors/error} ...), nulls become empty
 * elements, and the declaration says UTF-8.
 */
@Component
class Open311Writer {

    private static final Map<String, String> ITEMS = Map.of(
            "services", "service",
            "service_requests", "request",
            "attributes", "attribute",
            "values", "value",
            "endpoints", "endpoint",
            "formats", "format",
            "errors", "error");

    private final ObjectMapper json;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    Open311Writer(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<String> write(Open311Format format, HttpStatusCode status, String root, Object document) {
        String body = format == Open311Format.JSON ? toJson(document) : toXml(root, document);
        return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
    }

    private String toJson(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Open311 document did not serialise", e);
        }
    }

    private String toXml(String root, Object document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = xml.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            element(writer, root, document);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an Open311 document did not serialise", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, @Nullable Object value) throws XMLStreamException {
        if (value == null) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(writer, entry.getKey().toString(), entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            for (Object each : list) {
                element(writer, item, each);
            }
        } else {
            writer.writeCharacters(value.toString());
        }
        writer.writeEndElement();
    }
}
