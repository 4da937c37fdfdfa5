package org.dangjiandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code period close}, {@code period check}, {@code report stats} and {@code report pack} on a sample street. */
class StatsCommandsTest {
    @TempDir Path dataDir;
    @TempDir Path files;

    @Test
    void closeThenReport_writesTheClosedFiguresAndThePack() throws Exception {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("sample", "--members", "600", "--as-of", "2026-11-22")).isZero();

        assertThat(cli.run("period", "close", "2026Q3")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("[通过] 期初").contains("已结转 2026Q3：期初 ");
        assertThat(cli.run("period", "close", "2026Q3")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("统计期 2026Q3 已经结转");

        Path stats = files.resolve("stats.xlsx");
        assertThat(cli.run("report", "stats", "--period", "2026Q3", "--out", stats.toString())).isZero();
        assertThat(sheets(stats)).containsExactly("封面", "党员队伍结构统计表");

        Path pack = files.resolve("pack.xlsx");
        assertThat(cli.run("report", "pack", "--period", "2026Q3", "--out", pack.toString(),
                "--preparer", "李干事", "--phone", "0512-12345678")).as(cli.err.toString()).isZero();
        assertThat(sheets(pack)).contains("党员增减情况表", "停止党籍名单", "统计图");
        assertThat(cli.out.toString()).contains("2026Q3 报送包：11 个工作表");
    }

    @Test
    void closingAPeriodNotEnded_isRefusedInChinese() {
        CliRun cli = new CliRun(dataDir);
        assertThat(cli.run("init", "--street", "阳光街道")).isZero();
        assertThat(cli.run("period", "close", "2099Q1")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("统计期 2099Q1 尚未结束");
        assertThat(cli.run("period", "close", "2026Q5")).isEqualTo(2);
    }

    private static List<String> sheets(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }
}
