package org.doorstep.app.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an XLSX workbook as a {@link Table}; dates as ISO 8601, numbers as Excel shows them. */
final class XlsxTables {

    private XlsxTables() {}

    static Table read(String fileName, InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ImportRejectedException.ofFile(fileName, "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cells(row, formatter);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::trim).toList();
                } else {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw ImportRejectedException.ofFile(fileName, "the first sheet is empty");
            }
            return new Table(fileName, header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw TableReader.notASpreadsheet(fileName, e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().toSecondOfDay() == 0
                    ? LocalDate.from(value).toString()
                    : value.toString();
        }
        return formatter.formatCellValue(cell);
    }
}
