package org.doorstep.app.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.place.NewBuilding;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.PlaceLevel;
import org.doorstep.app.place.Places;
import org.doorstep.engine.city.CityData;
import org.doorstep.engine.osm.OsmCityReader;
import org.doorstep.engine.osm.OsmImportException;
import org.doorstep.engine.osm.OsmImportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports a city's residential buildings, facilities and walking network from an OpenStreetMap file (.osm.pbf or
 * .osm) through the engine, all or nothing: the city's communities (their boundaries) say where each building and
 * facility belongs; a city without boundaries gets communities estimated around its community centres.
 */
@Service
public class OsmImportService {

    private static final Logger LOG = LoggerFactory.getLogger(OsmImportService.class);

    private final Places places;
    private final FacilityService facilities;
    private final NetworkStore networks;
    private final OsmRows rows;

    OsmImportService(Places places, FacilityService facilities, NetworkStore networks, OsmRows rows) {
        this.places = places;
        this.facilities = facilities;
        this.networks = networks;
        this.rows = rows;
    }

    /** Reads the file, then writes everything in one transaction; a broken file changes nothing. */
    @Transactional
    public OsmImportReport importCity(AccessScope scope, long cityId, String fileName, InputStream content) {
        Place city = requireCity(scope, cityId);
        if (networks.find(cityId).isPresent()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "city " + city.name() + " already has a walking network; import once per city");
        }
        CityData data = read(fileName, content);
        OsmCommunities communities = rows.communitiesOf(city);
        int estimated = 0;
        if (communities.isEmpty()) {
            communities = rows.estimateCommunities(city, data);
            estimated = communities.areas().size();
        }
        OsmRows.Rows<NewBuilding> buildingRows = rows.buildings(data, communities);
        int writtenBuildings = places.addBuildings(buildingRows.rows()).size();
        OsmRows.Rows<NewFacility> facilityRows = rows.facilities(data, communities);
        int writtenFacilities = facilities.addFacilities(facilityRows.rows()).size();
        networks.save(cityId, data.graph(), fileName);
        LOG.info(
                "OSM import of {} into city {}: {} buildings, {} facilities",
                fileName,
                cityId,
                writtenBuildings,
                writtenFacilities);
        return new OsmImportReport(
                fileName,
                cityId,
                writtenBuildings,
                buildingRows.outside(),
                buildingRows.alreadyRegistered(),
                writtenFacilities,
                facilityRows.outside(),
                facilityRows.alreadyRegistered(),
                estimated,
                data.graph().nodeCount(),
                data.graph().edgeCount(),
                OsmImportReport.OSM_ATTRIBUTION);
    }

    private Place requireCity(AccessScope scope, long cityId) {
        scope.requireRole(Role.PLANNER, Role.ADMIN);
        return places.findPlace(cityId)
                .filter(p -> p.level() == PlaceLevel.CITY)
                .filter(p -> scope.isAdmin() || scope.placeIds().contains(p.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no city " + cityId));
    }

    private static CityData read(String fileName, InputStream content) {
        String suffix = fileName.endsWith(".pbf") ? ".osm.pbf" : ".osm";
        Path file = null;
        try {
            file = Files.createTempFile("doorstep-import-", suffix);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return OsmCityReader.read(file, OsmImportOptions.defaults().withProgress(LOG::info));
        } catch (OsmImportException e) {
            // The engine names the temporary file; the user knows their file by the name they sent.
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    fileName + ": "
                            + e.getMessage().replace(String.valueOf(file), "").replaceFirst("^[: ]+", ""),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload " + fileName, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("could not delete the temporary file {}", file, e);
            }
        }
    }
}
