package org.doorstep.app.request;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the resource's extension ({@code .json}, {@code .xml}). */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format of an extension; XML, the format the specification requires, for anything but {@code json}. */
    static Open311Format of(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Exception(400, "format ." + extension + " is not supported: use .json or .xml");
        };
    }

    /** The format a request path ends with, for error answers; XML where it names none. */
    static Open311Format ofPath(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }
}
