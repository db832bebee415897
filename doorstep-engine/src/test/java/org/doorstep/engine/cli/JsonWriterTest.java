package org.doorstep.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedObjectsAndArraysIndented() {
        String json = new JsonWriter()
                .beginObject()
                .name("source")
                .value("a \"city\"")
                .name("counts")
                .beginObject()
                .name("nodes")
                .value(12)
                .endObject()
                .name("minutes")
                .beginArray()
                .value(5)
                .value(10)
                .endArray()
                .name("empty")
                .beginArray()
                .endArray()
                .endObject()
                .toJson();

        assertThat(json)
                .isEqualTo(
                        """
                {
                  "source": "a \\"city\\"",
                  "counts": {
                    "nodes": 12
                  },
                  "minutes": [
                    5,
                    10
                  ],
                  "empty": []
                }
                """);
    }

    @Test
    void roundsDecimalsHalfUpAndWritesNullForNaN() {
        String json = new JsonWriter()
                .beginArray()
                .value(0.125, 2)
                .value(2.0 / 3, 3)
                .value(Double.NaN, 1)
                .endArray()
                .toJson();

        assertThat(json).isEqualTo("[\n  0.13,\n  0.667,\n  null\n]\n");
    }

    @Test
    void escapesControlCharacters() {
        assertThat(new JsonWriter().value("a\tb\u0001").toJson()).isEqualTo("\"a\\tb\\u0001\"\n");
    }
}
