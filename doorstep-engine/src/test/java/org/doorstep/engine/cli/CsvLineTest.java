package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() {
        String line = new CsvLine()
                .text("plain")
                .text("a,b")
                .text("say \"hi\"")
                .text("幸福里社区")
                .end();

        assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",幸福里社区\n");
    }

    @Test
    void keepsEmptyLeadingFieldsInPlace() {
        assertThat(new CsvLine().empty().empty().number(3).end()).isEqualTo(",,3\n");
    }

    @Test
    void printsCoordinatesExactlyAndDecimalsRounded() {
        String line = new CsvLine()
                .coordinate(1187801234)
                .coordinate(-86210000)
                .decimal(12.345, 2)
                .decimal(Double.NaN, 1)
                .end();

        assertThat(line).isEqualTo("118.7801234,-8.6210000,12.35,\n");
    }

    @Test
    void startsAfreshAfterEachRow() {
        CsvLine csv = new CsvLine();
        csv.number(1).number(2).end();

        assertThat(csv.number(3).end()).isEqualTo("3\n");
    }
}
