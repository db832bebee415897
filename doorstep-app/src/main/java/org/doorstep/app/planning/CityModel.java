package org.doorstep.app.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.city.OsmRef;
import org.doorstep.engine.graph.GeoDistance;
import org.doorstep.engine.graph.WalkGraph;
import org.doorstep.engine.population.Population;
import org.doorstep.engine.population.PopulationEstimator;

/**
 * A city as the registry holds it, turned into the engine's input: its stored walking graph, its buildings and open
 * facilities (engine ids in list order; each engine reference carries the registry id), and the population per
 * building, from the registry where it counts anyone, else estimated from floor area and marked so.
 */
final class CityModel {

    /** A building as the evaluation needs it. */
    record Building(long id, long communityId, double lon, double lat, int floors, double residentialFloorArea_m2) {}

    /** An open facility as the evaluation needs it; {@code capacity} 1 where unknown. */
    record Facility(
            long id,
            long communityId,
            ServiceCategory category,
            String type,
            String name,
            double lon,
            double lat,
            double floorArea_m2,
            double capacity) {}

    /** Registry counts of one building: residents per age band (by {@link AgeBand} ordinal) and households. */
    record Residents(int[] byBand, int households) {}

    private final CityData city;
    private final Population population;
    private final List<Building> buildings;
    private final long[] communityIds;
    private final int[] communityOfBuilding;
    private final int[] communityOfFacility;

    private CityModel(CityData city, Population population, List<Building> buildings, List<Facility> facilities) {
        this.city = city;
        this.population = population;
        this.buildings = List.copyOf(buildings);
        this.communityIds = buildings.stream()
                .mapToLong(Building::communityId)
                .distinct()
                .sorted()
                .toArray();
        this.communityOfBuilding = buildings.stream()
                .mapToInt(b -> Arrays.binarySearch(communityIds, b.communityId()))
                .toArray();
        // A facility in a community without residential buildings counts for no community's floor area.
        this.communityOfFacility = facilities.stream()
                .mapToInt(f -> Math.max(-1, Arrays.binarySearch(communityIds, f.communityId())))
                .toArray();
    }

    /**
     * @param registry residents per building id; a building without an entry has none in the registry
     */
    static CityModel of(
            String source,
            WalkGraph graph,
            List<Building> buildings,
            List<Facility> facilities,
            Map<Long, Residents> registry) {
        Buildings.Builder b = new Buildings.Builder();
        for (Building building : buildings) {
            int floors = Math.max(1, building.floors());
            b.add(
                    OsmRef.of(OsmRef.GENERATED, building.id()),
                    GeoDistance.toFixed(building.lon()),
                    GeoDistance.toFixed(building.lat()),
                    building.residentialFloorArea_m2() / floors,
                    floors,
                    false);
        }
        Facilities.Builder f = new Facilities.Builder();
        for (Facility facility : facilities) {
            f.add(
                    OsmRef.of(OsmRef.GENERATED, facility.id()),
                    facility.category(),
                    facility.type(),
                    facility.name(),
                    GeoDistance.toFixed(facility.lon()),
                    GeoDistance.toFixed(facility.lat()),
                    facility.floorArea_m2(),
                    facility.capacity() > 0 ? facility.capacity() : 1,
                    false);
        }
        Buildings engineBuildings = b.build();
        CityData city = new CityData(source, graph, engineBuildings, f.build(), Map.of());
        return new CityModel(city, population(engineBuildings, buildings, registry), buildings, facilities);
    }

    private static Population population(Buildings engine, List<Building> buildings, Map<Long, Residents> registry) {
        if (registry.isEmpty()) {
            return PopulationEstimator.CHINA_URBAN_2020.estimate(engine);
        }
        double[] residents = new double[buildings.size() * AgeBand.COUNT];
        double[] households = new double[buildings.size()];
        for (int i = 0; i < buildings.size(); i++) {
            Residents r = registry.get(buildings.get(i).id());
            if (r != null) {
                for (int band = 0; band < AgeBand.COUNT; band++) {
                    residents[i * AgeBand.COUNT + band] = r.byBand()[band];
                }
                households[i] = r.households();
            }
        }
        return Population.of(residents, households, false);
    }

    CityData city() {
        return city;
    }

    Population population() {
        return population;
    }

    /** The registry building behind engine building {@code index}. */
    Building building(int index) {
        return buildings.get(index);
    }

    int buildingCount() {
        return buildings.size();
    }

    /** The registry ids of the communities with buildings, ascending: community index i is {@code communityIds()[i]}. */
    long[] communityIds() {
        return communityIds.clone();
    }

    /** The community index of each engine building. */
    int[] communityOfBuilding() {
        return communityOfBuilding.clone();
    }

    /** The community index of each engine facility, -1 for a community without buildings. */
    int[] communityOfFacility() {
        return communityOfFacility.clone();
    }

    /** The registry id of engine facility {@code index}. */
    long facilityId(int index) {
        return OsmRef.id(city.facilities().ref(index));
    }
}
