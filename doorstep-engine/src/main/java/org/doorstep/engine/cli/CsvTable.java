package org.doorstep.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV input file read whole (RFC 4180 fields, quoted fields without line breaks), with a header whose columns
 * are found by name, so that errors can cite the file, the line and the column. Blank lines are skipped.
 */
final class CsvTable {

    private final Path file;
    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /**
     * Reads {@code file}; the first non-blank line is the header.
     *
     * @param required columns that must be in the header
     */
    static CsvTable read(Path file, List<String> required) throws InputFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot be read: " + e.getMessage());
        }
        CsvTable table = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = split(line, file, i + 1);
            if (table == null) {
                table = new CsvTable(file, List.of(lowerCase(fields)));
            } else {
                table.rows.add(fields);
                table.lineNumbers.add(i + 1);
            }
        }
        if (table == null) {
            throw new InputFileException(file + ": empty; expected a header line with " + String.join(",", required));
        }
        for (String column : required) {
            if (!table.header.contains(column)) {
                throw new InputFileException(file + " line 1: no column '" + column + "'; the header needs "
                        + String.join(",", required) + ", got " + String.join(",", table.header));
            }
        }
        return table;
    }

    int rowCount() {
        return rows.size();
    }

    /** The 1-based line number of a row, for messages. */
    int lineNumber(int row) {
        return lineNumbers.get(row);
    }

    boolean hasColumn(String column) {
        return header.contains(column);
    }

    /** The trimmed cell, the empty string where the column is absent or the row is short. */
    String text(int row, String column) {
        int c = header.indexOf(column);
        String[] fields = rows.get(row);
        return c < 0 || c >= fields.length ? "" : fields[c].trim();
    }

    /** A finite number, or {@code NaN} for an empty cell when {@code optional}. */
    double number(int row, String column, boolean optional) throws InputFileException {
        String text = text(row, column);
        if (text.isEmpty() && optional) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the place
        }
        throw error(row, column, "'" + text + "' is not a number");
    }

    /** An error naming the file, the row's line and the column. */
    InputFileException error(int row, String column, String problem) {
        return new InputFileException(file + " line " + lineNumber(row) + ", column " + column + ": " + problem);
    }

    private static String[] split(String line, Path file, int lineNumber) throws InputFileException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.length() == 0)) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InputFileException(file + " line " + lineNumber + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    private static String[] lowerCase(String[] fields) {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].trim().toLowerCase(Locale.ROOT);
        }
        return names;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
