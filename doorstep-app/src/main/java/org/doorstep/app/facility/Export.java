package org.doorstep.app.facility;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** The formats of the exports and the answer that carries a file; cell formatting shared by the exports. */
enum Export {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", org.doorstep.app.tabular.TableWriter.XLSX_MEDIA_TYPE),
    GEOJSON("geojson", PointFeatures.MEDIA_TYPE);

    private final String extension;
    private final String mediaType;

    Export(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format named by {@code format}; 400 naming the ones offered where it is none of them. */
    static Export of(String format, Export... offered) {
        for (Export export : offered) {
            if (export.extension.equalsIgnoreCase(format.trim())) {
                return export;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Export export : offered) {
            names.append(names.length() == 0 ? "" : ", ").append(export.extension);
        }
        throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "format '" + format + "' is not offered here; use one of " + names);
    }

    /** The file as a download named {@code baseName.extension}. */
    ResponseEntity<byte[]> download(String baseName, byte[] content) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(baseName + "." + extension, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    /** A number as plain decimal text (no exponent, no locale), the empty string for null. */
    static String decimal(@Nullable Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Text on one line: line breaks become spaces, so that line-based CSV readers keep the row whole. */
    static String oneLine(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
