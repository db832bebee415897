package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.app.tabular.ImportRejectedException;
import org.doorstep.app.tabular.Table;
import org.junit.jupiter.api.Test;

class ImportCellsTest {

    private static final Table TABLE = new Table("t.csv", List.of("birth_date", "sex", "groups"), List.of());

    private static ImportCells cells(String... values) {
        return new ImportCells(TABLE, new Table.Row(2, List.of(values)));
    }

    private static List<String> messages(ImportCells cells) {
        try {
            ImportCells.refuseIfAny(TABLE, List.of(cells));
            return List.of();
        } catch (ImportRejectedException e) {
            return e.report().problems().stream().map(Object::toString).toList();
        }
    }

    @Test
    void acceptsIsoDatesAndTheSlashFormOfChineseExcel() {
        assertThat(cells("2023-01-05", "", "").date("birth_date")).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(cells("2023/1/5", "", "").date("birth_date")).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(cells("2023/01/05", "", "").date("birth_date")).isEqualTo(LocalDate.of(2023, 1, 5));
    }

    @Test
    void refusesOtherDateFormsAndImpossibleDaysNamingRowAndColumn() {
        for (String bad : new String[] {"05/01/2023", "2023-1-5", "2023-02-30", "2023.01.05", "2023-01/05"}) {
            ImportCells cells = cells(bad, "", "");
            assertThat(cells.date("birth_date")).as(bad).isNull();
            assertThat(messages(cells)).singleElement().asString().startsWith("row 2, column birth_date: '" + bad);
        }
    }

    @Test
    void readsSexAndGroupsInCodesOrChinese() {
        ImportCells cells = cells("", "女", "DISABLED；低收入、elderly_living_alone");
        assertThat(cells.sex("sex")).isEqualTo(Sex.FEMALE);
        assertThat(cells.groups("groups"))
                .containsExactly(SpecialGroup.ELDERLY_LIVING_ALONE, SpecialGroup.DISABLED, SpecialGroup.LOW_INCOME);
        assertThat(messages(cells)).isEmpty();
    }

    @Test
    void namesUnknownSexAndGroups() {
        ImportCells cells = cells("", "X", "DISABLED;VETERAN");
        assertThat(cells.sex("sex")).isNull();
        cells.groups("groups");
        assertThat(messages(cells))
                .containsExactly(
                        "row 2, column sex: unknown sex 'X': write 男 or 女 (or MALE, FEMALE)",
                        "row 2, column groups: unknown special group 'VETERAN'; the groups are "
                                + java.util.Arrays.toString(SpecialGroup.values()));
    }
}
