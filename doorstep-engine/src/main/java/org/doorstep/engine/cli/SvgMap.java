package org.doorstep.engine.cli;

import java.util.List;
import java.util.Locale;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.WalkGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * The report's map as inline SVG: an equirectangular projection (longitude scaled by the cosine of the mean latitude)
 * fitted to the communities' extent. The walking network is drawn in grey underneath; buildings are dots coloured by their elderly-care level, community boundaries grey,
 * blind spots outlined in their category's colour, the siting categories' facilities as squares, recommended sites as
 * numbered circles; a legend and the OpenStreetMap attribution sit on the map.
 */
final class SvgMap {

    static final String[] CATEGORY_COLOURS = {"#d62728", "#1f77b4", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    static final String[] LEVEL_COLOURS = {"#1a9850", "#91cf60", "#fdae61", "#d73027"};
    private static final double WIDTH = 960;
    private static final double MARGIN = 10;
    private static final double LEGEND_HEIGHT = 60;

    private final Envelope extent;
    private final double xScale;
    private final double yScale;
    private final double height;
    private final StringBuilder svg = new StringBuilder();

    private SvgMap(Envelope extent) {
        this.extent = extent;
        double cosLat = StrictMath.cos(StrictMath.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
        double widthDeg = Math.max(extent.getWidth() * cosLat, 1e-9);
        this.xScale = (WIDTH - 2 * MARGIN) / widthDeg * cosLat;
        this.yScale = (WIDTH - 2 * MARGIN) / widthDeg;
        this.height = extent.getHeight() * yScale + 2 * MARGIN;
    }

    static String draw(Plan plan) {
        Envelope extent = new Envelope();
        for (Community community : plan.communities()) {
            extent.expandToInclude(community.boundary().getEnvelopeInternal());
        }
        Buildings buildings = plan.evaluation().network().buildings();
        for (int b = 0; b < buildings.size(); b++) {
            extent.expandToInclude(buildings.lonE7(b) / 1e7, buildings.latE7(b) / 1e7);
        }
        if (extent.isNull()) {
            extent.expandToInclude(0, 0);
        }
        SvgMap map = new SvgMap(extent);
        map.open();
        map.streets(plan.evaluation().network().graph());
        map.communities(plan.communities());
        map.buildings(buildings, plan.evaluation().access().category(ServiceCategory.ELDERLY_CARE), plan);
        map.blindSpots(plan.blindSpots());
        map.facilities(plan);
        map.sites(SitingFiles.recommendations(plan), plan.request().sitingCategories());
        map.legend(
                plan.request().sitingCategories(),
                WalkThresholds.coverageDistances_m(plan.request().catalog()));
        return map.svg.append("</svg>\n").toString();
    }

    private void open() {
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                        + "width=\"100%%\" role=\"img\" aria-label=\"map of the plan\" font-family=\"sans-serif\" "
                        + "font-size=\"11\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"#fbfbf8\"/>\n",
                WIDTH,
                height + LEGEND_HEIGHT));
    }

    /** The walking network under everything else, as one thin grey path of the segments that touch the extent. */
    private void streets(WalkGraph graph) {
        svg.append("<path fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"0.7\" d=\"");
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = graph.edgeFrom(e);
            int b = graph.edgeTo(e);
            if (inside(graph, a) || inside(graph, b)) {
                svg.append(String.format(
                        Locale.ROOT,
                        "M%.1f %.1fL%.1f %.1f",
                        x(graph.lonE7(a) / 1e7),
                        y(graph.latE7(a) / 1e7),
                        x(graph.lonE7(b) / 1e7),
                        y(graph.latE7(b) / 1e7)));
            }
        }
        svg.append("\"/>\n");
    }

    private boolean inside(WalkGraph graph, int node) {
        return extent.contains(graph.lonE7(node) / 1e7, graph.latE7(node) / 1e7);
    }

    private void communities(List<Community> communities) {
        for (Community community : communities) {
            svg.append("<path fill=\"none\" stroke=\"#777\" stroke-width=\"1.2\" d=\"")
                    .append(path(community.boundary()))
                    .append("\"><title>")
                    .append(Html.escape(community.name() + " (" + community.code() + ", " + community.origin() + ")"))
                    .append("</title></path>\n");
        }
    }

    private void buildings(Buildings buildings, CategoryAccess elderlyCare, Plan plan) {
        int[] times = WalkThresholds.times_ms(
                WalkThresholds.coverageDistances_m(plan.request().catalog()));
        for (int b = 0; b < buildings.size(); b++) {
            int level = 0;
            while (level < times.length && elderlyCare.nearestTime_ms(b) > times[level]) {
                level++;
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"%s\"/>\n",
                    x(buildings.lonE7(b) / 1e7),
                    y(buildings.latE7(b) / 1e7),
                    LEVEL_COLOURS[level]));
        }
    }

    private void blindSpots(List<CategoryBlindSpots> categories) {
        for (int i = 0; i < categories.size(); i++) {
            for (var spot : categories.get(i).spots()) {
                svg.append("<path fill=\"none\" stroke-dasharray=\"4 2\" stroke-width=\"1.5\" stroke=\"")
                        .append(colour(i))
                        .append("\" d=\"")
                        .append(path(spot.area()))
                        .append("\"/>\n");
            }
        }
    }

    private void facilities(Plan plan) {
        Facilities facilities = plan.evaluation().network().facilities();
        List<ServiceCategory> categories = plan.request().sitingCategories();
        for (int i = 0; i < categories.size(); i++) {
            for (int f : facilities.ofCategory(categories.get(i))) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"%s\" stroke=\"#000\" "
                                + "stroke-width=\"0.6\"><title>%s</title></rect>\n",
                        x(facilities.lonE7(f) / 1e7) - 3.5,
                        y(facilities.latE7(f) / 1e7) - 3.5,
                        colour(i),
                        Html.escape(categories.get(i).code() + ": " + facilities.name(f))));
            }
        }
    }

    private void sites(List<SitingFiles.Recommendation> recommendations, List<ServiceCategory> categories) {
        for (SitingFiles.Recommendation r : recommendations) {
            int i = categories.indexOf(ServiceCategory.ofCode(r.category()));
            double cx = x(r.site().lonE7() / 1e7);
            double cy = y(r.site().latE7() / 1e7);
            svg.append(String.format(
                    Locale.ROOT,
                    "<g><title>%s</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"#fff\" stroke=\"%s\" "
                            + "stroke-width=\"2.5\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                            + "font-weight=\"bold\">%d</text></g>\n",
                    Html.escape(r.category() + " #" + r.rank() + ": " + r.site().id() + " "
                            + r.site().name()),
                    cx,
                    cy,
                    colour(i),
                    cx,
                    cy + 4,
                    r.rank()));
        }
    }

    private void legend(List<ServiceCategory> categories, double[] distances_m) {
        double top = height + 14;
        String[] levels = new String[distances_m.length + 1];
        for (int l = 0; l < distances_m.length; l++) {
            levels[l] = String.format(Locale.ROOT, "elderly care within %.0f m", distances_m[l]);
        }
        levels[distances_m.length] = "farther or none";
        for (int l = 0; l < levels.length; l++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                    MARGIN + 4 + l * 180.0,
                    top,
                    LEVEL_COLOURS[l],
                    MARGIN + 12 + l * 180.0,
                    top + 4,
                    levels[l]));
        }
        for (int i = 0; i < categories.size(); i++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">"
                            + "%s: facilities, blind spots (dashed), sites (numbered)</text>\n",
                    MARGIN + (i % 2) * 480.0,
                    top + 12 + (i / 2) * 14.0,
                    colour(i),
                    MARGIN + 12 + (i % 2) * 480.0,
                    top + 20 + (i / 2) * 14.0,
                    Html.escape(categories.get(i).code())));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">© OpenStreetMap contributors, ODbL 1.0"
                        + "</text>\n",
                WIDTH - MARGIN,
                height - 4));
    }

    static String colour(int categoryIndex) {
        return CATEGORY_COLOURS[categoryIndex % CATEGORY_COLOURS.length];
    }

    private String path(Polygon polygon) {
        StringBuilder d = new StringBuilder();
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        for (int i = 0; i < ring.length; i++) {
            d.append(String.format(Locale.ROOT, "%s%.1f %.1f ", i == 0 ? "M" : "L", x(ring[i].x), y(ring[i].y)));
        }
        return d.append('Z').toString();
    }

    private double x(double lon) {
        return MARGIN + (lon - extent.getMinX()) * xScale;
    }

    private double y(double lat) {
        return MARGIN + (extent.getMaxY() - lat) * yScale;
    }
}
