package org.doorstep.app.facility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.doorstep.app.tabular.TableWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes facilities as CSV, XLSX or GeoJSON. The table's columns are the import's (so an export can be edited and
 * imported elsewhere) plus the names that make it readable; GeoJSON carries the OpenStreetMap attribution as soon as
 * one facility came from OSM.
 */
@Component
class FacilityExport {

    static final List<String> HEADER = List.of(
            "id",
            "name",
            "category",
            "type",
            "type_name",
            "community_code",
            "community_name",
            "lon",
            "lat",
            "floor_area_m2",
            "capacity",
            "opening_hours",
            "status",
            "operating_model",
            "operator_credit_code",
            "operator_name",
            "osm_ref");

    private final ObjectMapper json;

    FacilityExport(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Export format, List<Facility> facilities) {
        return switch (format) {
            case CSV -> TableWriter.csv(HEADER, rows(facilities));
            case XLSX -> TableWriter.xlsx("facilities", HEADER, rows(facilities));
            case GEOJSON -> geoJson(facilities);
        };
    }

    private static List<List<String>> rows(List<Facility> facilities) {
        return facilities.stream().map(FacilityExport::row).toList();
    }

    private static List<String> row(Facility f) {
        return List.of(
                Long.toString(f.id()),
                f.name(),
                f.category(),
                f.typeCode(),
                f.typeName(),
                text(f.communityCode()),
                f.communityName(),
                Export.decimal(f.lon()),
                Export.decimal(f.lat()),
                Export.decimal(f.floorArea_m2()),
                capacity(f.capacity()),
                text(f.openingHours()),
                f.status().name(),
                f.operatingModel().name(),
                text(f.operatorCreditCode()),
                text(f.operatorName()),
                text(f.osmRef()));
    }

    /** The capacity cell the import reads: {@code kind:places; kind:places}. */
    static String capacity(List<ServiceCapacity> capacity) {
        return capacity.stream().map(c -> c.serviceKind() + ":" + c.places()).collect(Collectors.joining("; "));
    }

    private byte[] geoJson(List<Facility> facilities) {
        PointFeatures features = new PointFeatures(json);
        for (Facility f : facilities) {
            ObjectNode p = features.add(f.lon(), f.lat());
            p.put("id", f.id());
            p.put("name", f.name());
            p.put("category", f.category());
            p.put("type", f.typeCode());
            p.put("type_name", f.typeName());
            p.put("community_code", f.communityCode());
            p.put("floor_area_m2", f.floorArea_m2());
            ObjectNode capacity = p.putObject("capacity");
            f.capacity().forEach(c -> capacity.put(c.serviceKind(), c.places()));
            p.put("opening_hours", f.openingHours());
            p.put("status", f.status().name());
            p.put("operating_model", f.operatingModel().name());
            p.put("operator_name", f.operatorName());
            p.put("osm_ref", f.osmRef());
        }
        if (facilities.stream().anyMatch(f -> f.osmRef() != null)) {
            features.attributeOpenStreetMap();
        }
        return features.toBytes();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
