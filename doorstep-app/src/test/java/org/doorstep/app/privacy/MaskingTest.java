package org.doorstep.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumberShowsRegionAndLastFour() {
        assertThat(Masking.idNumber("110101199003071234")).isEqualTo("110101********1234");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void phoneShowsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("02584561234")).isEqualTo("025****1234");
    }

    @Test
    void nameShowsOnlyItsFirstCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("John Smith")).isEqualTo("J*");
        assertThat(Masking.name("王")).isEqualTo("*");
    }

    @Test
    void hidesAllOfAValueTooShortToShowBothEnds() {
        assertThat(Masking.phone("1234567")).isEqualTo("*******");
        assertThat(Masking.idNumber("123")).isEqualTo("***");
    }
}
