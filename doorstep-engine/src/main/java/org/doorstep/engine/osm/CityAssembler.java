package org.doorstep.engine.osm;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.graph.GeoDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Turns the kept {@link Feature}s into {@link Buildings} and {@link Facilities}, both in ascending {@code OsmRef} order
 * (facilities of one place in category order), so that the result does not depend on the file's element order.
 *
 * <p>A building is residential when its {@code building} value says so, or when it says nothing specific and its
 * centroid lies in a {@code landuse=residential} area (found through an STR-tree). A facility stands at its node or at
 * its geometry's centroid; its floor area is footprint × levels where it is itself a building, else {@code NaN}.
 */
final class CityAssembler {

    private final AreaGeometry geometry;
    private final int defaultLevels;
    private final Map<String, Long> counts;

    CityAssembler(AreaGeometry geometry, int defaultLevels, Map<String, Long> counts) {
        this.geometry = geometry;
        this.defaultLevels = defaultLevels;
        this.counts = counts;
    }

    /** Buildings and facilities of {@code features} (sorted in place), adding their counts. */
    Result assemble(List<Feature> features) {
        features.sort(Comparator.comparingLong(feature -> feature.ref));
        Geometry[] shapes = new Geometry[features.size()];
        // Each shape depends on its own feature only (AreaGeometry only reads the coordinates and member ways), so
        // they can be built on every core; JFR put a third of Liechtenstein's assembly in the multipolygon rings.
        IntStream.range(0, shapes.length).parallel().forEach(i -> shapes[i] = geometry.of(features.get(i)));
        long incomplete = 0;
        for (Geometry shape : shapes) {
            incomplete += shape == null ? 1 : 0;
        }
        counts.put("incomplete_areas", incomplete);
        STRtree residentialLand = residentialLand(features, shapes);
        Buildings buildings = buildings(features, shapes, residentialLand);
        Facilities facilities = facilities(features, shapes);
        return new Result(buildings, facilities);
    }

    /** What {@link #assemble} makes. */
    record Result(Buildings buildings, Facilities facilities) {}

    private static STRtree residentialLand(List<Feature> features, Geometry[] shapes) {
        STRtree tree = new STRtree();
        PreparedGeometryFactory prepared = new PreparedGeometryFactory();
        for (int i = 0; i < shapes.length; i++) {
            if (features.get(i).residentialLanduse && shapes[i] instanceof Polygonal) {
                tree.insert(shapes[i].getEnvelopeInternal(), prepared.create(shapes[i]));
            }
        }
        tree.build();
        return tree;
    }

    private Buildings buildings(List<Feature> features, Geometry[] shapes, STRtree residentialLand) {
        Buildings.Builder buildings = new Buildings.Builder();
        long all = 0;
        long assumed = 0;
        for (int i = 0; i < shapes.length; i++) {
            Feature feature = features.get(i);
            all += feature.isBuilding() ? 1 : 0;
            if (!feature.isBuilding() || !(shapes[i] instanceof Polygonal)) {
                continue;
            }
            Point centroid = shapes[i].getCentroid();
            boolean residential = feature.buildingKind == BuildingTags.RESIDENTIAL
                    || (feature.buildingKind == BuildingTags.UNSPECIFIC && covers(residentialLand, centroid));
            if (residential) {
                boolean levelsAssumed = feature.statedLevels == BuildingTags.NO_LEVELS;
                assumed += levelsAssumed ? 1 : 0;
                buildings.add(
                        feature.ref,
                        lonE7(centroid),
                        latE7(centroid),
                        AreaGeometry.area_m2(shapes[i]),
                        levels(feature),
                        levelsAssumed);
            }
        }
        counts.put("buildings", all);
        counts.put("residential_buildings", (long) buildings.size());
        counts.put("levels_assumed", assumed);
        return buildings.build();
    }

    private Facilities facilities(List<Feature> features, Geometry[] shapes) {
        Facilities.Builder facilities = new Facilities.Builder();
        long[] perCategory = new long[ServiceCategory.COUNT];
        for (int i = 0; i < shapes.length; i++) {
            Feature feature = features.get(i);
            if (feature.facilities.isEmpty() || shapes[i] == null) {
                continue;
            }
            Point point = shapes[i].getCentroid();
            double floorArea_m2 = feature.isBuilding() && shapes[i] instanceof Polygonal
                    ? AreaGeometry.area_m2(shapes[i]) * levels(feature)
                    : Double.NaN;
            for (FacilityTagTable.Match match : feature.facilities) {
                facilities.add(
                        feature.ref,
                        match.category(),
                        match.kind(),
                        feature.name,
                        lonE7(point),
                        latE7(point),
                        floorArea_m2,
                        feature.capacity,
                        match.fallback());
                perCategory[match.category().ordinal()]++;
            }
        }
        counts.put("facilities", (long) facilities.size());
        for (ServiceCategory category : ServiceCategory.values()) {
            counts.put("facilities_" + category.code(), perCategory[category.ordinal()]);
        }
        return facilities.build();
    }

    private int levels(Feature feature) {
        return feature.statedLevels == BuildingTags.NO_LEVELS ? defaultLevels : feature.statedLevels;
    }

    private static boolean covers(STRtree residentialLand, Point point) {
        for (Object candidate : residentialLand.query(point.getEnvelopeInternal())) {
            if (((PreparedGeometry) candidate).covers(point)) {
                return true;
            }
        }
        return false;
    }

    private static int lonE7(Point point) {
        return GeoDistance.toFixed(point.getX());
    }

    private static int latE7(Point point) {
        return GeoDistance.toFixed(point.getY());
    }
}
