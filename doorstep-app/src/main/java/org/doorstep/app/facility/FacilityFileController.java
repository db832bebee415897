package org.doorstep.app.facility;

import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.ImportReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Facilities in and out as files: the import (CSV or XLSX) and the export (CSV, XLSX or GeoJSON) of a place. */
@RestController
@RequestMapping("/api/facilities")
class FacilityFileController {

    private final FacilityImport facilityImport;
    private final FacilityExport facilityExport;
    private final FacilityManagement management;
    private final Places places;
    private final AccessScopes scopes;

    FacilityFileController(
            FacilityImport facilityImport,
            FacilityExport facilityExport,
            FacilityManagement management,
            Places places,
            AccessScopes scopes) {
        this.facilityImport = facilityImport;
        this.facilityExport = facilityExport;
        this.management = management;
        this.places = places;
        this.scopes = scopes;
    }

    /** Imports the multipart part {@code file}; refused whole (422, with every fault) or accepted whole. */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFacilities(@RequestPart("file") MultipartFile file) {
        return facilityImport.importFacilities(Uploads.name(file), Uploads.bytes(file), scopes.current());
    }

    /** The facilities the caller sees at or below {@code place}, as {@code csv}, {@code xlsx} or {@code geojson}. */
    @GetMapping("/export")
    ResponseEntity<byte[]> exportFacilities(
            @RequestParam long place, @RequestParam(defaultValue = "csv") String format) {
        AccessScope scope = scopes.current();
        Export export = Export.of(format, Export.CSV, Export.XLSX, Export.GEOJSON);
        Place exported = Uploads.place(places, place);
        byte[] content = facilityExport.write(export, management.listFacilities(exported.id(), scope));
        return export.download("facilities-" + (exported.code() == null ? exported.id() : exported.code()), content);
    }
}
