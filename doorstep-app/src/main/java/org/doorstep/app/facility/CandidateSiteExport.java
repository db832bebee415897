package org.doorstep.app.facility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.doorstep.app.tabular.TableWriter;
import org.springframework.stereotype.Component;

/**
 * Writes the candidate sites that planning may choose ({@link SiteAvailability#offered()}) in the inventory format
 * the engine's {@code ./doorstep plan --candidates FILE} reads: CSV with {@code id,lon,lat,floor_area_m2,cost,name,
 * owner} first (the engine finds columns by name and ignores the rest), or GeoJSON Points with those properties. The
 * site's address is its name; cost is the conversion cost in yuan. Text stays on one line, since the engine reads its
 * CSV line by line.
 */
@Component
class CandidateSiteExport {

    static final List<String> HEADER = List.of(
            "id",
            "lon",
            "lat",
            "floor_area_m2",
            "cost",
            "name",
            "owner",
            "community_code",
            "availability",
            "available_from",
            "notes");

    private final ObjectMapper json;

    CandidateSiteExport(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Export format, List<CandidateSite> sites) {
        List<CandidateSite> offered =
                sites.stream().filter(s -> s.availability().offered()).toList();
        return switch (format) {
            case CSV ->
                TableWriter.csv(
                        HEADER, offered.stream().map(CandidateSiteExport::row).toList());
            case GEOJSON -> geoJson(offered);
            case XLSX -> throw new IllegalArgumentException("the engine reads candidate sites as CSV or GeoJSON");
        };
    }

    private static List<String> row(CandidateSite s) {
        return List.of(
                Long.toString(s.id()),
                Export.decimal(s.lon()),
                Export.decimal(s.lat()),
                Export.decimal(s.usableFloorArea_m2()),
                Export.decimal(s.conversionCost_yuan()),
                Export.oneLine(s.address()),
                Export.oneLine(s.owner()),
                Export.oneLine(s.communityCode()),
                s.availability().name(),
                s.availableFrom() == null ? "" : s.availableFrom().toString(),
                Export.oneLine(s.notes()));
    }

    private byte[] geoJson(List<CandidateSite> sites) {
        PointFeatures features = new PointFeatures(json);
        for (CandidateSite s : sites) {
            ObjectNode p = features.add(s.lon(), s.lat());
            p.put("id", Long.toString(s.id()));
            p.put("floor_area_m2", s.usableFloorArea_m2());
            p.put("cost", s.conversionCost_yuan());
            p.put("name", s.address());
            p.put("owner", s.owner());
            p.put("community_code", s.communityCode());
            p.put("availability", s.availability().name());
            p.put(
                    "available_from",
                    s.availableFrom() == null ? null : s.availableFrom().toString());
            p.put("notes", s.notes());
        }
        return features.toBytes();
    }
}
