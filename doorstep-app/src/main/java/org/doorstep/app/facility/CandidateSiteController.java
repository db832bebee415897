package org.doorstep.app.facility;

import java.util.List;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.ImportReport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Candidate sites for new facilities under {@code /api/candidate-sites}: planners and administrators only. */
@RestController
@RequestMapping("/api/candidate-sites")
class CandidateSiteController {

    private final CandidateSiteManagement management;
    private final CandidateSiteImport siteImport;
    private final CandidateSiteExport siteExport;
    private final Places places;
    private final AccessScopes scopes;

    CandidateSiteController(
            CandidateSiteManagement management,
            CandidateSiteImport siteImport,
            CandidateSiteExport siteExport,
            Places places,
            AccessScopes scopes) {
        this.management = management;
        this.siteImport = siteImport;
        this.siteExport = siteExport;
        this.places = places;
        this.scopes = scopes;
    }

    @GetMapping
    List<CandidateSite> listSites(@RequestParam(required = false) @Nullable Long place) {
        return management.listSites(place, scopes.current());
    }

    @GetMapping("/{id}")
    CandidateSite getSite(@PathVariable long id) {
        return management.getSite(id, scopes.current());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    CandidateSite createSite(@RequestBody CandidateSiteRequest request) {
        return management.createSite(request, scopes.current());
    }

    @PutMapping("/{id}")
    CandidateSite updateSite(@PathVariable long id, @RequestBody CandidateSiteRequest request) {
        return management.updateSite(id, request, scopes.current());
    }

    /** Imports the multipart part {@code file} (CSV or XLSX); refused whole (422, every fault) or accepted whole. */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importSites(@RequestPart("file") MultipartFile file) {
        return siteImport.importSites(Uploads.name(file), Uploads.bytes(file), scopes.current());
    }

    /** The sites planning may choose at or below {@code place}, as the engine's {@code csv} or {@code geojson}. */
    @GetMapping("/export")
    ResponseEntity<byte[]> exportSites(@RequestParam long place, @RequestParam(defaultValue = "csv") String format) {
        AccessScope scope = scopes.current();
        Export export = Export.of(format, Export.CSV, Export.GEOJSON);
        Place exported = Uploads.place(places, place);
        byte[] content = siteExport.write(export, management.listSites(exported.id(), scope));
        return export.download(
                "candidate-sites-" + (exported.code() == null ? exported.id() : exported.code()), content);
    }
}
