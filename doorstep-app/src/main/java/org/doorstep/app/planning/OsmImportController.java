package org.doorstep.app.planning;

import java.io.IOException;
import java.io.InputStream;
import org.doorstep.app.account.AccessScopes;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/planning/osm-import}: a city's buildings, facilities and walking network from an OSM file. */
@RestController
class OsmImportController {

    private final OsmImportService imports;
    private final AccessScopes scopes;

    OsmImportController(OsmImportService imports, AccessScopes scopes) {
        this.imports = imports;
        this.scopes = scopes;
    }

    @PostMapping("/api/planning/osm-import")
    OsmImportReport importCity(@RequestParam long cityId, @RequestParam MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.osm.pbf" : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return imports.importCity(scopes.current(), cityId, name, content);
        }
    }
}
