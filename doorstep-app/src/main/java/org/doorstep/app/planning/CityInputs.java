package org.doorstep.app.planning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.FacilitySupply;
import org.doorstep.app.facility.ServiceCapacity;
import org.doorstep.app.place.Building;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.BuildingPopulation;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.graph.WalkGraph;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gathers what an evaluation of a city needs from the other modules: its stored walking graph, its buildings, its open
 * facilities with their capacity, and the registry's residents per building.
 */
@Component
class CityInputs {

    private final Places places;
    private final FacilityService facilities;
    private final RegistryService registry;
    private final NetworkStore networks;

    CityInputs(Places places, FacilityService facilities, RegistryService registry, NetworkStore networks) {
        this.places = places;
        this.facilities = facilities;
        this.registry = registry;
        this.networks = networks;
    }

    CityModel load(long cityId) {
        WalkGraph graph = networks.find(cityId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "city " + cityId + " has no walking network yet: import its OpenStreetMap file first"));
        List<Long> communities =
                places.listCommunitiesUnder(cityId).stream().map(Place::id).toList();
        List<CityModel.Building> buildings = places.listBuildingsUnder(cityId).stream()
                .map(CityInputs::building)
                .toList();
        List<CityModel.Facility> open = facilities.listOpenFacilities(communities).stream()
                .map(CityInputs::facility)
                .toList();
        Map<Long, CityModel.Residents> residents = registry.populationByBuilding(communities).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> residents(e.getValue())));
        return CityModel.of("city " + cityId, graph, buildings, open, residents);
    }

    private static CityModel.Building building(Building b) {
        int floors = b.floors() == null ? 1 : b.floors();
        double area = b.residentialFloorArea_m2() == null ? 0 : b.residentialFloorArea_m2();
        return new CityModel.Building(b.id(), b.communityId(), b.lon(), b.lat(), floors, area);
    }

    private static CityModel.Facility facility(FacilitySupply f) {
        double capacity =
                f.capacity().stream().mapToDouble(ServiceCapacity::places).sum();
        return new CityModel.Facility(
                f.id(),
                f.communityId(),
                f.category(),
                f.typeCode(),
                f.typeCode(),
                f.lon(),
                f.lat(),
                f.floorArea_m2() == null ? Double.NaN : f.floorArea_m2(),
                capacity);
    }

    private static CityModel.Residents residents(BuildingPopulation p) {
        int[] bands = new int[AgeBand.COUNT];
        for (AgeBand band : AgeBand.values()) {
            bands[band.ordinal()] = (int) p.residents(band);
        }
        return new CityModel.Residents(bands, (int) p.households());
    }
}
