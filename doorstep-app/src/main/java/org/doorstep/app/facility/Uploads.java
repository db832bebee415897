package org.doorstep.app.facility;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** What the file endpoints share: an upload's name and bytes, and the place an export is of. */
final class Uploads {

    private Uploads() {}

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.csv" : name;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + name(file), e);
        }
    }

    /** The place of an export; 404 where there is none. */
    static Place place(Places places, long placeId) {
        return places.findPlace(placeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no place " + placeId));
    }
}
