package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Imports are all or nothing: a file with any fault is refused whole, every fault named, the database unchanged. */
class RegistryImportIT extends RegistryTestSupport {

    private static final String HEADER =
            "community_code,household_ref,name,id_number,birth_date,sex,phone,groups," + "difficulty_kind\n";
    private static final LocalDate BORN = TestClock.TODAY.minusYears(70);

    private String registeredId;

    @BeforeAll
    void importHouseholdsAndOneResident() throws Exception {
        String households = "community_code,household_ref,address,unit\n"
                + world.codeA + ",A-001,幸福路10号,1单元101\n"
                + world.codeA + ",A-002,幸福路11号,\n";
        upload("households", "households.csv", households.getBytes(StandardCharsets.UTF_8), workerA)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsImported").value(2));
        registeredId = TestIdNumbers.next(BORN, Sex.MALE);
        String residents = HEADER + world.codeA + ",A-001,孙大圣," + registeredId + "," + BORN + ",男,,"
                + "ELDERLY_SPECIAL_DIFFICULTY;独居老人,失能\n";
        upload("residents", "residents.csv", residents.getBytes(StandardCharsets.UTF_8), workerA)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsImported").value(1));
    }

    @Test
    void importsAGoodSpreadsheetWithDateCellsAndAuditsEachResident() throws Exception {
        long before = count("resident");
        long audits = count("audit_log");
        LocalDate bornChild = TestClock.TODAY.minusYears(2);
        byte[] xlsx = workbook(new Object[][] {
            {"community_code", "household_ref", "name", "id_number", "birth_date", "sex", "groups"},
            {world.codeA, "A-002", "钱小妹", TestIdNumbers.next(bornChild, Sex.FEMALE), bornChild, "女", ""},
            {
                world.codeA,
                "A-002",
                "钱大姐",
                TestIdNumbers.next(BORN, Sex.FEMALE),
                BORN.getYear() + "/" + BORN.getMonthValue() + "/" + BORN.getDayOfMonth(),
                "F",
                "LOW_INCOME"
            }
        });
        upload("residents", "residents.xlsx", xlsx, workerA)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsImported").value(2));
        assertThat(count("resident")).isEqualTo(before + 2);
        assertThat(count("audit_log")).isEqualTo(audits + 2);
    }

    @Test
    void refusesAFileWithFaultsWholeNamingEachByRowAndColumn() throws Exception {
        String dup = TestIdNumbers.next(BORN, Sex.MALE);
        String badCheck = badCheckCharacter(TestIdNumbers.next(BORN, Sex.MALE));
        String csv = HEADER
                + world.codeA + ",A-001,甲," + TestIdNumbers.next(BORN, Sex.MALE) + ",1955-13-01,男,,,\n" // 2
                + "320199999999,A-001,乙," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",男,,,\n" // 3
                + world.codeA + ",A-001,丙," + dup + "," + BORN + ",男,,,\n" // 4
                + world.codeA + ",A-002,丁," + dup + "," + BORN + ",男,,,\n" // 5
                + world.codeA + ",A-002,戊," + registeredId + "," + BORN + ",男,,,\n" // 6
                + world.codeA + ",A-002,己," + badCheck + "," + BORN + ",男,,,\n" // 7
                + world.codeA + ",A-002,庚," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",X,,,\n" // 8
                + world.codeA + ",A-002,辛," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",男,,VETERAN,\n" // 9
                + world.codeB + ",B-001,壬," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",男,,,\n" // 10
                + world.codeA + ",A-002,癸," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",男,,,\n"; // 11: fine

        List<Map<String, Object>> problems = refused("residents", "broken.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(problems)
                .extracting(p -> p.get("row") + " " + p.get("column"))
                .containsExactly(
                        "2 birth_date",
                        "3 community_code",
                        "5 id_number",
                        "6 id_number",
                        "7 id_number",
                        "8 sex",
                        "9 groups",
                        "10 community_code");
        assertThat(problems)
                .extracting(p -> (String) p.get("message"))
                .satisfiesExactly(
                        m -> assertThat(m).contains("'1955-13-01'"),
                        m -> assertThat(m).isEqualTo("no community has the code 320199999999"),
                        m -> assertThat(m).isEqualTo("the same ID number as row 4"),
                        m -> assertThat(m).isEqualTo("already registered"),
                        m -> assertThat(m).contains("check character"),
                        m -> assertThat(m).contains("unknown sex 'X'"),
                        m -> assertThat(m).contains("unknown special group 'VETERAN'"),
                        m -> assertThat(m).contains("outside your scope"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        String csv = HEADER + world.codeA + ",A-001,孙悟空," + TestIdNumbers.next(BORN, Sex.MALE) + "," + BORN + ",男,,,\n";
        List<Map<String, Object>> problems = refused("residents", "gbk.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.get("row")).isEqualTo(0);
            assertThat((String) p.get("message")).contains("not valid UTF-8 at line 2");
        });
    }

    @Test
    void refusesAFileWithoutARequiredColumn() throws Exception {
        String csv = "community_code,household_ref,name,id_number,sex\n" + world.codeA + ",A-001,甲,"
                + TestIdNumbers.next(BORN, Sex.MALE) + ",男\n";
        List<Map<String, Object>> problems = refused("residents", "short.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.get("row")).isEqualTo(1);
            assertThat(p.get("column")).isEqualTo("birth_date");
            assertThat((String) p.get("message")).contains("missing column 'birth_date'");
        });
    }

    @Test
    void refusesHouseholdsWithDuplicateRefsUnknownCommunitiesAndNoAddress() throws Exception {
        String csv = "community_code,household_ref,address\n"
                + world.codeA + ",A-001,重复\n" // taken in the database
                + world.codeA + ",A-100,新的\n"
                + world.codeA + ",A-100,又一个\n" // twice in the file
                + "32019999,A-101,短码\n"
                + world.codeA + ",A-102,\n";
        List<Map<String, Object>> problems =
                refused("households", "households.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(problems)
                .extracting(p -> p.get("row") + " " + p.get("column") + ": " + p.get("message"))
                .containsExactly(
                        "2 household_ref: the community already has a household 'A-001'",
                        "4 household_ref: 'A-100' is already on row 3",
                        "5 community_code: '32019999' is not a community code: those have 12 digits",
                        "6 address: a value is required");
    }

    @Test
    void plannersCannotImport() throws Exception {
        String csv = "community_code,household_ref,address\n" + world.codeA + ",A-900,某路\n";
        upload("households", "h.csv", csv.getBytes(StandardCharsets.UTF_8), planner)
                .andExpect(status().isForbidden());
    }

    /** Uploads a file that must be refused, checks that no table changed, and returns the report's problems. */
    private List<Map<String, Object>> refused(String kind, String name, byte[] content) throws Exception {
        List<Long> before = counts();
        String body = upload(kind, name, content, workerA)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Import refused; nothing was changed"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(counts())
                .as("rows in household, resident, resident_group, audit_log")
                .isEqualTo(before);
        return JsonPath.read(body, "$.report.problems");
    }

    private List<Long> counts() {
        return List.of(count("household"), count("resident"), count("resident_group"), count("audit_log"));
    }

    private ResultActions upload(String kind, String name, byte[] content, AccessScope scope) throws Exception {
        return mvc.perform(multipart("/api/registry/import/" + kind)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(scope))
                .with(csrf()));
    }

    /** The number with its check character replaced by another digit. */
    private static String badCheckCharacter(String valid) {
        char check = valid.charAt(17);
        char other = check == '1' ? '2' : '1';
        return valid.substring(0, 17) + other;
    }

    private static byte[] workbook(Object[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("residents");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
