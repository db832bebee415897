package org.doorstep.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.facility.FacilitySupply;
import org.doorstep.app.planning.Bbox;
import org.doorstep.app.planning.CityMaps;

/**
 * The facilities map layer of a box at a zoom: facilities closer than {@value #CELL_PX} pixels at that zoom (the same
 * cell grid for every box, so panning never reshuffles them) are drawn as one point of their category with a count,
 * at the lowest id's place; zoomed in, every facility is its own point. This keeps a city of thousands of facilities
 * at a few hundred points per view.
 */
final class FacilityLayer {

    static final int CELL_PX = 8;

    /** One point of the layer: a facility, or {@code count} facilities of a category sharing a cell. */
    record Point(long id, String category, String type, double lon, double lat, int count) {}

    private FacilityLayer() {}

    static List<Point> points(List<FacilitySupply> facilities, Bbox bbox, int zoom) {
        double cell_deg = CityMaps.pixel_deg(zoom) * CELL_PX;
        Map<String, List<FacilitySupply>> cells = new LinkedHashMap<>();
        facilities.stream()
                .filter(f -> bbox.contains(f.lon(), f.lat()))
                .sorted(Comparator.comparingLong(FacilitySupply::id))
                .forEach(f -> cells.computeIfAbsent(
                                f.category().code() + ":" + Math.floor(f.lon() / cell_deg) + ":"
                                        + Math.floor(f.lat() / cell_deg),
                                k -> new ArrayList<>())
                        .add(f));
        List<Point> points = new ArrayList<>(cells.size());
        for (List<FacilitySupply> cell : cells.values()) {
            FacilitySupply first = cell.get(0);
            points.add(new Point(
                    first.id(), first.category().code(), first.typeCode(), first.lon(), first.lat(), cell.size()));
        }
        return points;
    }
}
