package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brand report / rounds / scoresheet / results, in-process on a sample street. */
class BrandCommandsTest {
    /** One sample street for all tests (the commands only read it). */
    @TempDir static Path dataDir;
    @TempDir Path files;
    private CliRun cli;

    @BeforeAll
    static void sampleStreet() {
        assertThat(new CliRun(dataDir).run("sample", "--members", "300", "--as-of", "2026-11-22")).isZero();
    }

    @BeforeEach
    void setUp() {
        cli = new CliRun(dataDir);
    }

    @Test
    void report_writesTheSummaryTableOfTheYear() throws Exception {
        Path out = files.resolve("项目汇总表.xlsx");

        assertThat(cli.run("brand", "report", "--year", "2026", "--out", out.toString())).isZero();

        assertThat(cli.out.toString()).startsWith("已导出项目汇总表：24 个项目，");
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(wb.getSheet("项目汇总表").getRow(0).getCell(0)))
                    .isEqualTo("2026年度党建品牌项目汇总表");
            assertThat(wb.getSheet("项目汇总表").getLastRowNum()).isEqualTo(2 + 24);
            assertThat(wb.getSheet("社区指标合计")).isNotNull();
        }
    }

    @Test
    void rounds_listsTheSampleEvaluation_andItsSheetsCanBeWritten() {
        assertThat(cli.run("brand", "rounds")).isZero();
        assertThat(cli.out.toString()).startsWith("1　2026年度党建品牌项目展评（");

        assertThat(cli.run("brand", "results", "--round", "1", "--out", files.resolve("r.xlsx").toString())).isZero();
        assertThat(cli.run("brand", "scoresheet", "--round", "1", "--out", files.resolve("s.xlsx").toString()))
                .isZero();
        assertThat(files.resolve("r.xlsx")).exists();
        assertThat(files.resolve("s.xlsx")).exists();
    }

    @Test
    void anUnknownRound_exitsWithAClearMessage() {
        assertThat(cli.run("brand", "results", "--round", "99", "--out", files.resolve("x.xlsx").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("不存在");
    }

    @Test
    void aYearOutOfRange_isAUsageError() {
        assertThat(cli.run("brand", "report", "--year", "1800", "--out", files.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("年度“1800”不正确");
    }
}
