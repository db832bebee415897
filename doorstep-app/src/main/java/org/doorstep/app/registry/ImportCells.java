package org.doorstep.app.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.app.tabular.ImportProblems;
import org.doorstep.app.tabular.Table;
import org.doorstep.app.tabular.TableReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one row of an import and collects the faults of the row (each with its column) until
 * {@link #reportTo(ImportProblems)}, so that the report lists faults in file order whichever check found them. Dates are accepted as ISO
 * 8601 ({@code 2023-01-05}) and as {@code 2023/1/5}, the form Excel writes for Chinese locales; any other form (such
 * as {@code 05/01/2023}, which reads two ways) is refused. Special groups are codes or Chinese labels separated by
 * {@code ;} (or {@code ；} or {@code 、}).
 */
final class ImportCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[;；、]");

    private final Table table;
    private final Table.Row row;
    private final List<FieldProblem> faults = new ArrayList<>();

    ImportCells(Table table, Table.Row row) {
        this.table = table;
        this.row = row;
    }

    /** Reads an uploaded file as a table with the required columns, or refuses it naming each missing one. */
    static Table readTable(String fileName, byte[] content, String... required) {
        Table table = TableReader.read(fileName, content);
        ImportProblems problems = new ImportProblems(fileName);
        if (!table.requireColumns(problems, required)) {
            problems.throwIfAny(table.rows().size());
        }
        return table;
    }

    /** Refuses the import with the faults of every row, in file order, if there are any. */
    static void refuseIfAny(Table table, List<ImportCells> rows) {
        ImportProblems problems = new ImportProblems(table.source());
        rows.forEach(cells -> cells.reportTo(problems));
        problems.throwIfAny(table.rows().size());
    }

    int rowNumber() {
        return row.number();
    }

    /** The trimmed cell, or null where blank. */
    @Nullable
    String optional(String column) {
        return table.cell(row, column);
    }

    /** The trimmed cell, or null with a problem where blank. */
    @Nullable
    String required(String column) {
        String value = table.cell(row, column);
        if (value == null) {
            problem(column, "a value is required");
        }
        return value;
    }

    @Nullable
    LocalDate date(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (m.matches()
                && (m.group(2).equals("/")
                        || (m.group(3).length() == 2 && m.group(4).length() == 2))) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                problem(column, "'" + value + "' is no day of the calendar");
                return null;
            }
        }
        problem(column, "'" + value + "' is not a date: write 2023-01-05 (or 2023/1/5)");
        return null;
    }

    @Nullable
    Sex sex(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        Optional<Sex> sex = Sex.parse(value);
        if (sex.isEmpty()) {
            problem(column, "unknown sex '" + value + "': write 男 or 女 (or MALE, FEMALE)");
        }
        return sex.orElse(null);
    }

    /** The groups in the cell, none where blank; each unknown one is a problem. */
    Set<SpecialGroup> groups(String column) {
        Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
        String value = optional(column);
        if (value == null) {
            return groups;
        }
        for (String part : GROUP_SEPARATOR.split(value)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<SpecialGroup> group = SpecialGroup.parse(part);
            group.ifPresentOrElse(
                    groups::add,
                    () -> problem(
                            column,
                            "unknown special group '" + part.trim() + "'; the groups are "
                                    + Arrays.toString(SpecialGroup.values())));
        }
        return groups;
    }

    /** A whole number, or null (with a problem where the cell holds something else). */
    @Nullable
    Long optionalId(String column) {
        String value = optional(column);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problem(column, "'" + value + "' is not a whole number");
            return null;
        }
    }

    void problem(String column, String message) {
        faults.add(new FieldProblem(column, message));
    }

    private void reportTo(ImportProblems problems) {
        faults.forEach(fault -> problems.add(row.number(), fault.field(), fault.message()));
    }
}
