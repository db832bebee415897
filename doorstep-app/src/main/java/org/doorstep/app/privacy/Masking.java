package org.doorstep.app.privacy;

/**
 * The masked forms of personal data shown wherever a user has not asked, with a reason, to see the value. Masks keep
 * just enough for a worker to tell two people apart on a list. Stateless.
 */
public final class Masking {

    private Masking() {}

    /** A resident ID number with its first 6 (the region) and last 4 characters shown: {@code 110101********1234}. */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 6, 4);
    }

    /** A phone number with its first 3 and last 4 digits shown: {@code 138****5678}. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /**
     * A name with only its first character shown. A Chinese name keeps one star per hidden character ({@code 张**}, as
     * Chinese registries print it); a name in Latin letters shows its initial and one star ({@code J*}), since its
     * length would tell too much.
     */
    public static String name(String name) {
        String trimmed = name.trim();
        int count = trimmed.codePointCount(0, trimmed.length());
        if (count <= 1) {
            return "*";
        }
        int first = trimmed.codePointAt(0);
        String initial = new String(Character.toChars(first));
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
            return initial + "*".repeat(count - 1);
        }
        return initial + "*";
    }

    private static String keepEnds(String value, int head, int tail) {
        String trimmed = value.trim();
        int length = trimmed.length();
        if (length <= head + tail) {
            // Too short to hide anything while showing both ends: hide it all.
            return "*".repeat(length);
        }
        return trimmed.substring(0, head) + "*".repeat(length - head - tail) + trimmed.substring(length - tail);
    }
}
