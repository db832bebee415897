package org.doorstep.engine;

import java.util.Arrays;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;

/**
 * A city's facilities as editable columns, to build the city a what-if change describes: open appends a row (the next
 * id), close gives the row a category nobody evaluates (ids stay put), move changes its point.
 */
final class FacilityTable {

    /** The category closed facilities are parked in; tests must not evaluate it. */
    static final ServiceCategory CLOSED = ServiceCategory.SERVICE_CENTRE;

    private final CityData city;
    private int[] lonE7;
    private int[] latE7;
    private ServiceCategory[] category;
    private int size;

    FacilityTable(CityData city) {
        this.city = city;
        Facilities facilities = city.facilities();
        size = facilities.size();
        lonE7 = new int[size];
        latE7 = new int[size];
        category = new ServiceCategory[size];
        for (int f = 0; f < size; f++) {
            lonE7[f] = facilities.lonE7(f);
            latE7[f] = facilities.latE7(f);
            category[f] = facilities.category(f);
        }
    }

    int size() {
        return size;
    }

    int open(ServiceCategory of, int lon, int lat) {
        lonE7 = Arrays.copyOf(lonE7, size + 1);
        latE7 = Arrays.copyOf(latE7, size + 1);
        category = Arrays.copyOf(category, size + 1);
        category[size] = of;
        lonE7[size] = lon;
        latE7[size] = lat;
        return size++;
    }

    void close(int f) {
        category[f] = CLOSED;
    }

    void move(int f, int lon, int lat) {
        lonE7[f] = lon;
        latE7[f] = lat;
    }

    ServiceCategory category(int f) {
        return category[f];
    }

    /** The city with these facilities; capacity id + 1 as {@link RandomCity}. */
    CityData build() {
        Facilities.Builder builder = new Facilities.Builder();
        for (int f = 0; f < size; f++) {
            builder.add(
                    OsmRef.of(OsmRef.GENERATED, 1000 + f),
                    category[f],
                    "test",
                    "",
                    lonE7[f],
                    latE7[f],
                    Double.NaN,
                    f + 1,
                    false);
        }
        return new CityData(city.source(), city.graph(), city.buildings(), builder.build(), city.counts());
    }
}
