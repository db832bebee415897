package org.doorstep.app.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.doorstep.app.account.AccessScopes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Writes of places: the division import (administrators), GeoJSON imports and boundaries (and planners for these). */
@RestController
@RequestMapping("/api/places")
class PlaceImportController {

    private final DivisionImport divisions;
    private final GeoJsonPlaceImport geoJsonImport;
    private final PlaceBoundaries boundaries;
    private final AccessScopes scopes;

    PlaceImportController(
            DivisionImport divisions,
            GeoJsonPlaceImport geoJsonImport,
            PlaceBoundaries boundaries,
            AccessScopes scopes) {
        this.divisions = divisions;
        this.geoJsonImport = geoJsonImport;
        this.boundaries = boundaries;
        this.scopes = scopes;
    }

    @PostMapping("/import/divisions")
    DivisionImport.Result importDivisions(@RequestBody DivisionImport.Request request) {
        return divisions.importCity(request, scopes.current());
    }

    /** A FeatureCollection as the request body ({@code application/json} or {@code application/geo+json}). */
    @PostMapping(
            value = "/import/geojson",
            consumes = {MediaType.APPLICATION_JSON_VALUE, PlaceGeoJson.MEDIA_TYPE})
    GeoJsonPlaceImport.Result importGeoJson(@RequestBody byte[] document) {
        return geoJsonImport.importDocument(document, scopes.current());
    }

    /** A FeatureCollection as the multipart part {@code file}, as a browser form uploads it. */
    @PostMapping(value = "/import/geojson", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    GeoJsonPlaceImport.Result importGeoJsonFile(@RequestPart("file") MultipartFile file) {
        try {
            return geoJsonImport.importDocument(file.getBytes(), scopes.current());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a place's boundary from a GeoJSON Polygon or MultiPolygon geometry. */
    @PutMapping("/{id}/boundary")
    Place setBoundary(@PathVariable long id, @RequestBody JsonNode geometry) {
        return boundaries.setBoundary(id, geometry, scopes.current());
    }
}
