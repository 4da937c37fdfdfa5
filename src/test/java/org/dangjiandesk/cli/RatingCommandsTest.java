package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rating sheet} and {@code rating distribution}, in-process on a temporary data folder. */
class RatingCommandsTest {
    @TempDir Path dataDir;
    @TempDir Path files;
    private CliRun cli;

    @BeforeEach
    void setUp() {
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(dataDir)) {
            var s = app.services();
            TestStreet street = TestStreet.create(s);
            Assessment a = s.rating().assessments().open(street.branch1.id(), new Quarter(2026, 3));
            for (var row : a.rows()) {
                s.rating().assessments().saveRow(a.sheet().id(), row.member(), Map.of(
                        "ORG_LIFE", BigDecimal.valueOf(24), "STUDY", BigDecimal.valueOf(19),
                        "DUTY", BigDecimal.valueOf(14), "VANGUARD", new BigDecimal("36.5")), false);
            }
        }
        cli = new CliRun(dataDir);
    }

    private static XSSFSheet sheet(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in).getSheetAt(0);
        }
    }

    @Test
    void sheet_writesTheFilledAssessment_readyToPrintOnA4() throws Exception {
        Path out = files.resolve("考评表.xlsx");
        assertThat(cli.run("rating", "sheet", "--org", "阳光社区第一党支部", "--quarter", "2026Q3",
                "--out", out.toString())).isZero();
        assertThat(cli.out.toString()).contains("共 2 人");
        XSSFSheet sh = sheet(out);
        assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026 年第 3 季度党员星级考评表");
        assertThat(sh.getRow(1).getCell(0).getStringCellValue()).isEqualTo("党支部：阳光社区第一党支部");
        assertThat(sh.getRow(2).getCell(2).getStringCellValue()).isEqualTo("组织生活\n（25分）");
        assertThat(sh.getRow(3).getCell(1).getStringCellValue()).isEqualTo("李芳");
        assertThat(sh.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(36.5);
        assertThat(sh.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(93.5);
        assertThat(sh.getRow(3).getCell(8).getStringCellValue()).isEqualTo("★★★★★");
        assertThat(sh.getRow(6).getCell(0).getStringCellValue()).startsWith("支部书记");
        // print setup: A4, header rows repeated, one page wide
        assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sh.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("1:3");
    }

    @Test
    void blankSheet_hasNamesButNoScores_andCreatesNothing() throws Exception {
        Path out = files.resolve("空白.xlsx");
        assertThat(cli.run("rating", "sheet", "--org", "阳光社区第二党支部", "--quarter", "2026Q4", "--blank",
                "--out", out.toString())).isZero();
        XSSFSheet sh = sheet(out);
        assertThat(sh.getRow(3).getCell(1).getStringCellValue()).isEqualTo("王秀英");
        assertThat(sh.getRow(3).getCell(2).getStringCellValue()).isEmpty();
        assertThat(sh.getRow(3).getCell(7).getStringCellValue()).isEmpty();
        try (org.dangjiandesk.logic.ServicesSession app = org.dangjiandesk.testutil.TestAccounts.open(dataDir)) {
            assertThat(app.services().rating().schemes().list()).hasSize(1); // the 2026 scheme only
        }
    }

    @Test
    void badInput_isExplained() {
        assertThat(cli.run("rating", "sheet", "--org", "阳光社区第一党支部", "--quarter", "2026Q5",
                "--out", files.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("不是季度");
        assertThat(cli.run("rating", "sheet", "--org", "中共阳光社区委员会", "--quarter", "2026Q3",
                "--out", files.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("不是党支部");
        assertThat(cli.run("rating", "sheet", "--org", "不存在", "--quarter", "2026Q3",
                "--out", files.resolve("x.xlsx").toString())).isEqualTo(1);
    }

    @Test
    void distribution_countsStarsOverEveryone() {
        assertThat(cli.run("rating", "distribution", "--quarter", "2026Q3", "--json")).isZero();
        assertThat(cli.out.toString()).contains("\"five\":2,\"four\":0");
    }
}
