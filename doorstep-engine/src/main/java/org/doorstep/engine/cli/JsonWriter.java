package org.doorstep.engine.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A small streaming JSON writer for the summary: objects, arrays, strings and numbers, indented two spaces (or compact,
 * on one line, for GeoJSON features), numbers printed without locale so that the same run gives the same bytes. Not
 * thread-safe.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean compact;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    /** An indented writer. */
    JsonWriter() {
        this(false);
    }

    private JsonWriter(boolean compact) {
        this.compact = compact;
    }

    /** A writer that puts the whole document on one line, without spaces. */
    static JsonWriter compact() {
        return new JsonWriter(true);
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /** Writes a member name; the next call writes its value. */
    JsonWriter name(String name) {
        separate();
        string(name).out.append(compact ? ":" : ": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String text) {
        separate();
        return string(text);
    }

    JsonWriter value(long number) {
        separate();
        out.append(number);
        return this;
    }

    /** A decimal rounded half-up to {@code decimals} places; NaN and infinities become {@code null}. */
    JsonWriter value(double number, int decimals) {
        separate();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            out.append("null");
        } else {
            out.append(BigDecimal.valueOf(number)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString());
        }
        return this;
    }

    JsonWriter value(boolean flag) {
        separate();
        out.append(flag);
        return this;
    }

    /** The document, ending with a new line. */
    String toJson() {
        return out + "\n";
    }

    /** The document so far, without a final new line (a compact value to embed in a larger document). */
    String toJsonValue() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        depth++;
        first = true;
        return this;
    }

    private JsonWriter close(char bracket) {
        depth--;
        if (!first) {
            newLine();
        }
        out.append(bracket);
        first = false;
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first) {
            out.append(',');
        }
        if (depth > 0) {
            newLine();
        }
        first = false;
    }

    private void newLine() {
        if (compact) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private JsonWriter string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
