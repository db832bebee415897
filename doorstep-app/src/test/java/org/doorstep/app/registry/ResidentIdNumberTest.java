package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsNumbersWhoseCheckCharacterIsComputedByTheStandardsRecursiveForm() {
        for (String first17 : new String[] {"11010519491231002", "44030419900307123", "32010219850615001"}) {
            String number = first17 + TestIdNumbers.checkCharacter(first17);
            assertThat(ResidentIdNumber.parse(number).value()).isEqualTo(number);
            assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(number.charAt(17));
        }
    }

    @Test
    void theStandardsOwnExampleEndsInX() {
        // GB 11643-1999's worked example: 11010519491231002X. The test computes it rather than trusting the text.
        assertThat(TestIdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesEveryNumberWithOneDigitChanged() {
        String first17 = "44030419900307123";
        String valid = first17 + TestIdNumbers.checkCharacter(first17);
        for (int i = 0; i < 17; i++) {
            char other = valid.charAt(i) == '9' ? '0' : (char) (valid.charAt(i) + 1);
            String typo = valid.substring(0, i) + other + valid.substring(i + 1);
            assertThatThrownBy(() -> ResidentIdNumber.parse(typo))
                    .as("digit %d changed", i + 1)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("check character");
        }
    }

    @Test
    void readsBirthDateAndSexAndIgnoresSpacesAndDashes() {
        String first17 = "32010219850615002";
        String number = first17 + TestIdNumbers.checkCharacter(first17);
        ResidentIdNumber id = ResidentIdNumber.parse(" " + number.substring(0, 6) + "-" + number.substring(6) + " ");
        assertThat(id.value()).isEqualTo(number);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE); // 17th digit 2 is even
        assertThat(id.toString()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> ResidentIdNumber.parse("1101051949123100"))
                .hasMessageContaining("18 characters")
                .hasMessageContaining("16");
        assertThatThrownBy(() -> ResidentIdNumber.parse("11010519491231A02X")).hasMessageContaining("character 15");
        String badDate = "11010519491331002";
        assertThatThrownBy(() -> ResidentIdNumber.parse(badDate + TestIdNumbers.checkCharacter(badDate)))
                .hasMessageContaining("19491331");
    }
}
