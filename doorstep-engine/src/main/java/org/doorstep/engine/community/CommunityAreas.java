package org.doorstep.engine.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Estimates community areas where a city has neither a registry nor mapped boundaries: the Voronoi cells of its
 * community service centres ({@link ServiceCategory#SERVICE_CENTRE}), clipped to the residential area (the convex hull of
 * its residential buildings grown by {@value #HULL_MARGIN_M} m). A city with no centre gets square cells of
 * {@value #GRID_CELL_M} m, about one residents' committee area (TD/T 1062-2021's 5–10-minute level). Every area is marked
 * {@code estimated}, so that reports say so. Deterministic: sites in facility id order, cells in site order.
 */
public final class CommunityAreas {

    /** How far beyond the outermost residential buildings an estimated area reaches. */
    public static final double HULL_MARGIN_M = 150;

    /** Side of a grid cell where no centre exists. */
    public static final double GRID_CELL_M = 1000;

    /** Centres closer than this to an earlier one are taken as the same place (a centre mapped twice). */
    static final double SAME_SITE_M = 50;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CommunityAreas() {}

    /** The estimated communities of a city; empty when it has no residential building. */
    public static List<Community> estimate(Buildings buildings, Facilities facilities) {
        if (buildings.size() == 0) {
            return List.of();
        }
        LocalProjection projection = new LocalProjection(0, meanLatitude(buildings));
        Geometry residentialArea = residentialArea(buildings, projection);
        List<Coordinate> sites = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int f : facilities.ofCategory(ServiceCategory.SERVICE_CENTRE)) {
            Coordinate site = toMetres(projection, facilities.lonE7(f), facilities.latE7(f));
            if (residentialArea.getEnvelopeInternal().intersects(site) && !nearAny(site, sites)) {
                sites.add(site);
                names.add(facilities.name(f));
            }
        }
        List<Geometry> cells = sites.isEmpty() ? gridCells(residentialArea) : voronoiCells(sites, residentialArea);
        List<Community> communities = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            // Both the cell and the area are convex, so what is left is one polygon, or nothing worth a community.
            Geometry clipped = cells.get(i).intersection(residentialArea);
            if (!(clipped instanceof Polygon boundary) || boundary.isEmpty()) {
                continue;
            }
            // Overlay results may share coordinates with their inputs: project a copy.
            Polygon inDegrees = toDegrees(projection, (Polygon) boundary.copy());
            String code = String.format(Locale.ROOT, "est-%03d", communities.size() + 1);
            String name = sites.isEmpty() || names.get(i).isEmpty() ? "Area " + code : names.get(i);
            communities.add(new Community(code, name, "", "", inDegrees, "estimated"));
        }
        return communities;
    }

    private static Geometry residentialArea(Buildings buildings, LocalProjection projection) {
        Coordinate[] points = new Coordinate[buildings.size()];
        for (int b = 0; b < points.length; b++) {
            points[b] = toMetres(projection, buildings.lonE7(b), buildings.latE7(b));
        }
        return FACTORY.createMultiPointFromCoords(points).convexHull().buffer(HULL_MARGIN_M, 4);
    }

    private static List<Geometry> voronoiCells(List<Coordinate> sites, Geometry clip) {
        if (sites.size() == 1) {
            return List.of(clip);
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope envelope = new Envelope(clip.getEnvelopeInternal());
        envelope.expandBy(HULL_MARGIN_M);
        builder.setClipEnvelope(envelope);
        Geometry diagram = builder.getDiagram(FACTORY);
        // The builder returns cells in its own order; each cell carries its site as user data.
        Geometry[] bySite = new Geometry[sites.size()];
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry cell = diagram.getGeometryN(c);
            Coordinate site = (Coordinate) cell.getUserData();
            bySite[sites.indexOf(site)] = cell;
        }
        return List.of(bySite);
    }

    private static List<Geometry> gridCells(Geometry clip) {
        Envelope box = clip.getEnvelopeInternal();
        List<Geometry> cells = new ArrayList<>();
        for (double y = box.getMinY(); y < box.getMaxY(); y += GRID_CELL_M) {
            for (double x = box.getMinX(); x < box.getMaxX(); x += GRID_CELL_M) {
                cells.add(FACTORY.toGeometry(new Envelope(x, x + GRID_CELL_M, y, y + GRID_CELL_M)));
            }
        }
        return cells;
    }

    private static boolean nearAny(Coordinate site, List<Coordinate> sites) {
        for (Coordinate other : sites) {
            if (other.distance(site) < SAME_SITE_M) {
                return true;
            }
        }
        return false;
    }

    private static Coordinate toMetres(LocalProjection projection, int lonE7, int latE7) {
        return new Coordinate(projection.x_m(lonE7), projection.y_m(latE7));
    }

    /** Projects a polygon in metres back to degrees, in place. */
    private static Polygon toDegrees(LocalProjection projection, Polygon metres) {
        metres.apply((CoordinateFilter) c -> {
            c.x = projection.lon(c.x);
            c.y = projection.lat(c.y);
        });
        metres.geometryChanged();
        return metres;
    }

    private static double meanLatitude(Buildings buildings) {
        double sum = 0;
        for (int b = 0; b < buildings.size(); b++) {
            sum += buildings.latE7(b);
        }
        return sum / buildings.size() / 1e7;
    }
}
