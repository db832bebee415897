package org.doorstep.app.facility;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from the 31 of
 * {@link #ALPHABET} (digits and capitals without I, O, Z, S, V), the last a check character. Position {@code i}
 * (from 0) weighs {@code 3^i mod 31}; the check character's value is {@code 31 - (weighted sum mod 31)}, with 31
 * written as 0. Stateless.
 */
final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {}

    /** What is wrong with a code, or null for a valid one. */
    static @Nullable String problem(String code) {
        if (code.length() != 18) {
            return "a unified social credit code has 18 characters, got " + code.length();
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and capitals except I, O, Z, S, V)";
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return "check character is '" + code.charAt(17) + "' but the first 17 characters give '" + expected
                    + "': a character was mistyped";
        }
        return null;
    }

    /** The check character of the first 17 characters, all from {@link #ALPHABET}. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
