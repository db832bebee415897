package org.doorstep.app.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a header and rows as CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) or XLSX. */
public final class TableWriter {

    private TableWriter() {}

    /** The media type of XLSX files. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendCsvLine(out, header);
        for (List<String> row : rows) {
            appendCsvLine(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        // Streaming workbook: an export of 100,000 residents keeps only a window of rows in memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            writeRow(sheet.createRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX export", e);
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static void appendCsvLine(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            String cell = cells.get(c);
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
