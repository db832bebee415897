package org.doorstep.app.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void passesWellFormedValues() {
        for (String value : new String[] {
            "24/7",
            "Mo-Fr 08:00-18:00",
            OpeningHours.EXAMPLE,
            "Mo-Fr 07:30-11:30,13:30-17:00; Sa,Su off",
            "Mo-Su 10:00-26:00",
            "Jan-Mar Sa[1] 10:00-12:00 \"by appointment\"",
            "Mo-Fr sunrise-sunset; PH closed",
            "week 1-53/2 Fr 09:00-12:00"
        }) {
            assertThat(OpeningHours.problem(value)).as(value).isNull();
        }
    }

    @Test
    void refusesWhatIsNotTheSyntaxNamingWhere() {
        assertThat(OpeningHours.problem("9am-5pm")).contains("'am' at character 2");
        assertThat(OpeningHours.problem("Mon-Fri 09:00-17:00")).contains("'Mon'");
        assertThat(OpeningHours.problem("Mo-Fr 09:00-49:00")).contains("'49:00' is not a time");
        assertThat(OpeningHours.problem("Mo-Fr 09:60-17:00")).contains("'09:60' is not a time");
        assertThat(OpeningHours.problem("周一至周五 9:00-17:00")).contains("'周' at character 1");
        assertThat(OpeningHours.problem(" ")).contains("empty");
    }
}
