package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doorstep.app.facility.FacilitySupply;
import org.doorstep.app.planning.Bbox;
import org.doorstep.app.planning.CityMaps;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.Test;

class FacilityLayerTest {

    private static final Bbox WORLD = new Bbox(-180, -90, 180, 90);

    @Test
    void mergesFacilitiesOfACategoryWithinACellAtLowZoomAndSeparatesThemZoomedIn() {
        int zoom = 12;
        double cell_deg = CityMaps.pixel_deg(zoom) * FacilityLayer.CELL_PX;
        // Two canteens a tenth of a cell apart, in the middle of one cell; a clinic at the same place; a canteen two
        // cells away.
        double lon = (Math.floor(118.8 / cell_deg) + 0.5) * cell_deg;
        double lat = (Math.floor(32.0 / cell_deg) + 0.5) * cell_deg;
        List<FacilitySupply> facilities = List.of(
                facility(7, ServiceCategory.MEALS, lon + cell_deg / 10, lat),
                facility(3, ServiceCategory.MEALS, lon, lat),
                facility(5, ServiceCategory.HEALTH, lon, lat),
                facility(9, ServiceCategory.MEALS, lon + 2 * cell_deg, lat));

        List<FacilityLayer.Point> low = FacilityLayer.points(facilities, WORLD, zoom);

        assertThat(low).extracting(FacilityLayer.Point::id).containsExactly(3L, 5L, 9L);
        assertThat(low).extracting(FacilityLayer.Point::count).containsExactly(2, 1, 1);
        assertThat(low.get(0).lon()).isEqualTo(lon);
        // Zoomed in by four levels a cell is 16 times smaller: the tenth of an old cell spans more than one.
        assertThat(FacilityLayer.points(facilities, WORLD, zoom + 4)).hasSize(4);
    }

    @Test
    void leavesOutFacilitiesOutsideTheBox() {
        List<FacilitySupply> facilities = List.of(
                facility(1, ServiceCategory.MEALS, 118.80, 32.00), facility(2, ServiceCategory.MEALS, 118.90, 32.00));
        assertThat(FacilityLayer.points(facilities, new Bbox(118.85, 31.9, 118.95, 32.1), 18))
                .extracting(FacilityLayer.Point::id)
                .containsExactly(2L);
    }

    private static FacilitySupply facility(long id, ServiceCategory category, double lon, double lat) {
        return new FacilitySupply(id, category, "type", lon, lat, null, List.of(), 1);
    }
}
