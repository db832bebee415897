package org.doorstep.app.facility;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A lint for OpenStreetMap {@code opening_hours} values: every token must be one of the syntax's (weekdays, months,
 * {@code PH}, {@code off}, times {@code HH:MM} up to 48:00, {@code 24/7}, numbers, quoted comments, separators), so
 * that {@code 9am-5pm} or {@code 25:00} is refused while any well-formed value, from {@code Mo-Fr 08:00-18:00} to
 * {@code Jan-Mar Sa[1] 10:00-12:00 "by appointment"}, passes. It checks the vocabulary, not the full grammar of
 * https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification. Stateless.
 */
final class OpeningHours {

    static final String EXAMPLE = "Mo-Fr 08:00-18:00; Sa 09:00-12:00; PH off";

    private static final Pattern TOKEN =
            Pattern.compile("\"[^\"]*\"|(\\d{1,2}):(\\d{2})|24/7|[A-Za-z]+|\\d+|\\|\\||[;,\\-+:/\\[\\]() .]");

    private static final Set<String> WORDS = Set.of(
            "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "SH", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
            "Aug", "Sep", "Oct", "Nov", "Dec", "off", "closed", "open", "unknown", "week", "sunrise", "sunset", "dawn",
            "dusk", "easter", "day", "days");

    private OpeningHours() {}

    /** What is wrong with a value, or null where it passes. */
    static @Nullable String problem(String value) {
        if (value.isBlank()) {
            return "empty; leave it out where the hours are unknown";
        }
        Matcher token = TOKEN.matcher(value);
        int at = 0;
        while (at < value.length()) {
            if (!token.region(at, value.length()).lookingAt()) {
                return unexpected(value, at, value.substring(at, at + 1));
            }
            String text = token.group();
            if (token.group(1) != null
                    && (Integer.parseInt(token.group(1)) > 48 || Integer.parseInt(token.group(2)) > 59)) {
                return "'" + text + "' is not a time (hours 00-48, minutes 00-59)";
            }
            if (Character.isLetter(text.charAt(0)) && !WORDS.contains(text)) {
                return unexpected(value, at, text);
            }
            at = token.end();
        }
        return null;
    }

    private static String unexpected(String value, int at, String text) {
        return "'" + text + "' at character " + (at + 1) + " of '" + value
                + "' is not opening_hours syntax (for example " + EXAMPLE + ")";
    }
}
