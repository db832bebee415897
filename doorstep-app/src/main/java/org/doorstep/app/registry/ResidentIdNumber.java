package org.doorstep.app.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.doorstep.app.privacy.Masking;
import org.doorstep.app.privacy.PersonalDataCipher;

/**
 * An 18-character resident identity card number of GB 11643-1999: 6 digits of region, 8 of birth date (YYYYMMDD), 3
 * of sequence (the last odd for a man, even for a woman) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 * Immutable; made only by {@link #parse(String)}, so every instance is valid.
 */
public final class ResidentIdNumber {

    /** The weights of characters 1–17: 2^(17 - i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The check character for each weighted sum mod 11. */
    private static final String CHECK = "10X98765432";

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /**
     * Reads and checks a number, ignoring spaces, dashes and the case of X.
     *
     * @throws IllegalArgumentException saying what is wrong, in words a clerk can act on
     */
    public static ResidentIdNumber parse(String text) {
        String value = PersonalDataCipher.normalise(text);
        if (value.length() != 18) {
            throw new IllegalArgumentException(
                    "a resident ID number has 18 characters; this one has " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new IllegalArgumentException(
                        "character " + (i + 1) + " of the ID number must be a digit, not '" + value.charAt(i) + "'");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new IllegalArgumentException("the ID number's check character is '" + value.charAt(17)
                    + "' but its first 17 digits give '" + expected + "' (GB 11643): a digit is mistyped");
        }
        ResidentIdNumber number = new ResidentIdNumber(value);
        number.birthDate(); // throws if characters 7-14 are no date
        return number;
    }

    /** The GB 11643 check character (0–9 or X) of the first 17 digits of a number. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17Digits.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17Digits.charAt(i), 10) * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The number in normal form: 18 characters, no spaces or dashes, a capital X. */
    public String value() {
        return value;
    }

    /** The birth date in characters 7–14. */
    public LocalDate birthDate() {
        String digits = value.substring(6, 14);
        try {
            return LocalDate.of(
                    Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "characters 7–14 of the ID number (" + digits + ") are not a birth date YYYYMMDD", e);
        }
    }

    /** The sex in character 17: odd for male, even for female. */
    public Sex sex() {
        return Character.digit(value.charAt(16), 10) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber number && number.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that a number never reaches a log in full. */
    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
