package org.doorstep.app.tabular;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded CSV (UTF-8, with or without a byte-order mark, RFC 4180 quoting) or XLSX (first sheet) into a
 * {@link Table}. A file that cannot be read as a table (bad encoding, an unclosed quote, not a spreadsheet, no header)
 * is rejected with the place of the fault. Stateless.
 */
public final class TableReader {

    private TableReader() {}

    /** Reads by the file name's ending: {@code .xlsx} as a spreadsheet, anything else as CSV. */
    public static Table read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw ImportRejectedException.ofFile(fileName, "the file is empty");
        }
        Table table = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? XlsxTables.read(fileName, new ByteArrayInputStream(content))
                : readCsv(fileName, decodeUtf8(fileName, content));
        if (table.header().stream().allMatch(String::isBlank)) {
            throw ImportRejectedException.ofFile(fileName, "the first row must name the columns, and it is blank");
        }
        return table;
    }

    private static String decodeUtf8(String fileName, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.ofFile(
                    fileName,
                    "not valid UTF-8 at line " + lineOfFirstBadByte(content)
                            + " (save the file as 'CSV UTF-8'; GBK and other encodings are not read)");
        }
    }

    private static int lineOfFirstBadByte(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(content, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    static Table readCsv(String fileName, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                addRecord(records, lines, record, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw ImportRejectedException.ofFile(fileName, "a quote opened on line " + quoteLine + " is never closed");
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            addRecord(records, lines, record, recordLine);
        }
        if (records.isEmpty()) {
            throw ImportRejectedException.ofFile(fileName, "the file has no header row");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Table.Row(lines.get(r), records.get(r)));
        }
        return new Table(fileName, header, rows);
    }

    /** Keeps a record unless every cell of it is blank (a trailing empty line). */
    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        if (record.stream().anyMatch(cell -> !cell.isBlank())) {
            records.add(record);
            lines.add(line);
        }
    }

    /** Thrown as the cause where POI cannot open the bytes as a workbook. */
    static ImportRejectedException notASpreadsheet(String fileName, Exception e) {
        return ImportRejectedException.ofFile(
                fileName, "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
    }
}
