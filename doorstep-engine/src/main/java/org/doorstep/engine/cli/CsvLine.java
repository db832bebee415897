package org.doorstep.engine.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One CSV row (RFC 4180: comma-separated, quoted where a field holds a comma, quote or line break), built field by field
 * with locale-free number formats so that the same run gives the same bytes.
 */
final class CsvLine {

    private final StringBuilder row = new StringBuilder(128);
    private boolean firstField = true;

    CsvLine text(String value) {
        separate();
        if (value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            row.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            row.append(value);
        }
        return this;
    }

    CsvLine number(long value) {
        separate();
        row.append(value);
        return this;
    }

    /** A decimal rounded half-up; NaN becomes an empty field. */
    CsvLine decimal(double value, int decimals) {
        separate();
        if (!Double.isNaN(value)) {
            row.append(BigDecimal.valueOf(value)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString());
        }
        return this;
    }

    /** A fixed-point coordinate (1e-7 degree, the graph's own) printed exactly, with seven decimals. */
    CsvLine coordinate(int fixed) {
        separate();
        row.append(BigDecimal.valueOf(fixed, 7).toPlainString());
        return this;
    }

    CsvLine empty() {
        separate();
        return this;
    }

    CsvLine flag(boolean value) {
        separate();
        row.append(value ? "true" : "false");
        return this;
    }

    /** The row with its line ending, cleared for the next one. */
    String end() {
        row.append('\n');
        String line = row.toString();
        row.setLength(0);
        firstField = true;
        return line;
    }

    private void separate() {
        if (!firstField) {
            row.append(',');
        }
        firstField = false;
    }
}
