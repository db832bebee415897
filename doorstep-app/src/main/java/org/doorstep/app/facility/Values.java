package org.doorstep.app.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/** Parsing of coded values shared by the REST requests and the imports: each fault goes to the field it names. */
final class Values {

    private Values() {}

    /** The constant of an enum by name, ignoring case; null with a fault listing the names where it is none. */
    static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text, String field, Faults faults) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        faults.add(field, "'" + text + "' is not one of " + known);
        return null;
    }

    /** The service category of a code; null with the engine's message (which lists the codes) where it is none. */
    static @Nullable ServiceCategory category(String code, String field, Faults faults) {
        try {
            return ServiceCategory.ofCode(code);
        } catch (IllegalArgumentException e) {
            faults.add(field, e.getMessage());
            return null;
        }
    }

    /** True for a WGS 84 longitude; the faults name the range. */
    static boolean checkLonLat(double lon, double lat, String lonField, String latField, Faults faults) {
        boolean ok = true;
        if (!(lon >= -180 && lon <= 180)) {
            faults.add(lonField, "longitude " + format(lon) + " is outside -180..180");
            ok = false;
        }
        if (!(lat >= -90 && lat <= 90)) {
            faults.add(latField, "latitude " + format(lat) + " is outside -90..90");
            ok = false;
        }
        return ok;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
