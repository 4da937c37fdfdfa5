package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code training report} on a small sample street, in-process. */
class TrainingCommandsTest {
    @TempDir Path dataDir;
    @TempDir Path files;

    @Test
    void trainingReport_writesTheBelowNormListAndTheOrganisations_forTheStreetAndForOneCommunity() throws Exception {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("sample", "--members", "600", "--as-of", "2026-11-22")).isZero();
        Path all = files.resolve("training.xlsx");

        assertThat(cli.run("training", "report", "--year", "2026", "--out", all.toString())).isZero();

        assertThat(cli.out.toString()).startsWith("2026 年度：未达标 ").contains(all.toAbsolutePath().toString());
        int belowAll = rows(all, 0);
        assertThat(belowAll).isPositive();
        assertThat(rows(all, 1)).isGreaterThan(10); // street, communities, branches

        Path one = files.resolve("one.xlsx");
        String community = firstCommunity(all);
        assertThat(cli.run("training", "report", "--year", "2026", "--org", community, "--out", one.toString())).isZero();
        assertThat(rows(one, 0)).isLessThan(belowAll);
        assertThat(cell(one, 1, 3, 0)).isEqualTo(community);
    }

    @Test
    void trainingReport_forAnUnknownOrganisation_exitsWithOne() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("init", "--street", "阳光街道")).isZero();
        assertThat(cli.run("training", "report", "--org", "不存在", "--out", files.resolve("x.xlsx").toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("找不到党组织“不存在”");
    }

    private static int rows(Path file, int sheet) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheetAt(sheet).getLastRowNum() - 2;
        }
    }

    private static String cell(Path file, int sheet, int row, int col) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return new DataFormatter().formatCellValue(wb.getSheetAt(sheet).getRow(row).getCell(col)).strip();
        }
    }

    /** The first organisation one level below the street in the per-organisation sheet. */
    private static String firstCommunity(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(1);
            String name = new DataFormatter().formatCellValue(sheet.getRow(4).getCell(0));
            return name.strip();
        }
    }
}
