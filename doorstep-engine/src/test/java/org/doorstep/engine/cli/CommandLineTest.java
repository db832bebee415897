package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse("evaluate", args, Set.of("osm", "out", "minutes"), Set.of("export-graph"));
    }

    @Test
    void readsValuesInBothFormsAndFlags() throws UsageException {
        CommandLine line = parse("--osm", "a.pbf", "--out=dir", "--export-graph");

        assertThat(line.require("osm")).isEqualTo("a.pbf");
        assertThat(line.require("out")).isEqualTo("dir");
        assertThat(line.has("export-graph")).isTrue();
        assertThat(line.get("minutes", "5,10,15")).isEqualTo("5,10,15");
    }

    @Test
    void refusesUnknownOptionsNamingTheKnownOnes() {
        assertThatThrownBy(() -> parse("--osm", "a.pbf", "--minuts", "5"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option '--minuts'")
                .hasMessageContaining("--minutes");
    }

    @Test
    void refusesAMissingValueAndAMissingRequiredOption() throws UsageException {
        assertThatThrownBy(() -> parse("--osm")).hasMessageContaining("--osm needs a value");
        assertThatThrownBy(() -> parse().require("out")).hasMessageContaining("--out is required");
    }

    @Test
    void readsAscendingPositiveMinutesAndRefusesOthers() throws UsageException {
        assertThat(parse("--minutes", "5, 10,20").positiveInts("minutes", "5")).containsExactly(5, 10, 20);
        assertThatThrownBy(() -> parse("--minutes", "5,x").positiveInts("minutes", "5"))
                .hasMessageContaining("'x' is not one");
        assertThatThrownBy(() -> parse("--minutes", "10,5").positiveInts("minutes", "5"))
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> parse("--minutes", "0").positiveInts("minutes", "5"))
                .hasMessageContaining("positive");
    }
}
