package org.doorstep.app.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.tabular.ImportReport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports (CSV UTF-8 or XLSX, all or nothing) and exports of the registry. */
@RestController
@RequestMapping("/api/registry")
class RegistryFileController {

    private final HouseholdImport householdImport;
    private final ResidentImport residentImport;
    private final ResidentExport residentExport;
    private final AccessScopes scopes;

    RegistryFileController(
            HouseholdImport householdImport,
            ResidentImport residentImport,
            ResidentExport residentExport,
            AccessScopes scopes) {
        this.householdImport = householdImport;
        this.residentImport = residentImport;
        this.residentExport = residentExport;
        this.scopes = scopes;
    }

    @PostMapping(path = "/import/households", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importHouseholds(@RequestPart("file") MultipartFile file) {
        return householdImport.importHouseholds(scopes.current(), name(file), bytes(file));
    }

    @PostMapping(path = "/import/residents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importResidents(@RequestPart("file") MultipartFile file) {
        return residentImport.importResidents(scopes.current(), name(file), bytes(file));
    }

    /** A community's residents as a file: masked, or with {@code unmasked=true} and a {@code reason} in plain. */
    @GetMapping("/export/residents")
    ResponseEntity<byte[]> exportResidents(
            @RequestParam long community,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "false") boolean unmasked,
            @RequestParam(required = false) @Nullable String reason) {
        ResidentExport.ExportFile file =
                residentExport.exportResidents(scopes.current(), community, format, unmasked, reason);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                // Personal data: no cache keeps a copy.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.csv" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
