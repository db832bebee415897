package org.doorstep.app.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, unique resident ID numbers for tests, with the check character computed here by ISO 7064 MOD 11-2 in its
 * recursive form (not the weight table the code under test uses), so that the test and the code check each other.
 */
public final class TestIdNumbers {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestIdNumbers() {}

    /** A new number for someone born on the day, of the sex; never the same twice in one JVM. */
    public static String next(LocalDate birthDate, Sex sex) {
        int n = COUNTER.incrementAndGet();
        int region = 110000 + n / 500;
        int sequence = (n % 500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = region
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(java.util.Locale.ROOT, "%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    /** ISO 7064 MOD 11-2: p = (p + digit) * 2 mod 11 over the digits; the check c makes (p + c) mod 11 == 1. */
    static char checkCharacter(String first17) {
        int p = 0;
        for (char c : first17.toCharArray()) {
            p = (p + (c - '0')) * 2 % 11;
        }
        int check = (12 - p) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
