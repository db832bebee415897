package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** The check character by GB 32100's rule, computed here from scratch: weights 3^i mod 31, check 31 - sum mod 31. */
    private static char check(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int value = 31 - sum % 31;
        return alphabet.charAt(value == 31 ? 0 : value);
    }

    @Test
    void acceptsCodesWithTheirCheckCharacter() {
        for (String first17 :
                new String[] {"91350100M000100Y4", "91320102MA1MXXX0P", "12100000400000624", "Y1110108MC0000000"}) {
            String code = first17 + check(first17);
            assertThat(CreditCode.problem(code)).as(code).isNull();
            assertThat(CreditCode.checkCharacter(first17)).isEqualTo(check(first17));
        }
        // A published example: the check of 91350100M000100Y4 is 3.
        assertThat(check("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void refusesAMistypedCharacter() {
        String code = "91350100M000100Y43";
        String typo = "91350100M000200Y43";
        assertThat(CreditCode.problem(code)).isNull();
        assertThat(CreditCode.problem(typo)).contains("check character is '3'", "mistyped");
    }

    @Test
    void refusesWrongLengthsAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.problem("91350100M000100Y4")).contains("18 characters, got 17");
        for (char banned : new char[] {'I', 'O', 'Z', 'S', 'V', 'a'}) {
            String code = "91350100M00010" + banned + "Y43";
            assertThat(CreditCode.problem(code)).as(code).contains("character 15", "not allowed");
        }
    }
}
