package org.dangjiandesk.logic.excel.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.Dashboard;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.logic.stats.StatsBase;
import org.dangjiandesk.logic.stats.StatsStreet;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.TableKind;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsWorkbookTest {
    private static final StatPeriod Q3 = StatPeriod.parse("2026Q3");
    private TestServices ts;
    private Services s;
    private StatsStreet street;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = new StatsStreet(s);
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private List<StatsWorkbook.Chart> charts(StatsBase base) {
        Dashboard d = s.stats().tables().dashboard(base, street.street.id(), Q3.lastDay(), List.of());
        List<StatsWorkbook.Chart> out = new ArrayList<>();
        d.charts().forEach(c -> out.add(new StatsWorkbook.Chart(c, s.messages().get(c.dimension().titleKey()))));
        return out;
    }

    @Test
    void pack_hasCoverTablesNameListsAndCharts_printedOnA4OnePageWide() throws Exception {
        StatsBase base = s.stats().tables().load();
        PeriodReport report = s.stats().periods().report(base, Q3);
        Path out = dir.resolve("pack.xlsx");
        Cover cover = new Cover("幸福街道党工委", "王书记", "李干事", "0512-12345678", LocalDate.of(2026, 10, 8));

        s.stats().sheets().writePack(report, cover, charts(base), s.stats().charts(), false, out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("封面", "党员队伍结构统计表", "党组织数量统计表", "党员增减情况表",
                    "党员星级评定汇总表", "党员教育培训汇总表", "党员增加名单", "党员减少名单", "停止党籍名单", "恢复党籍名单",
                    "统计图");
            for (var sheet : wb) {
                PrintSetup ps = sheet.getPrintSetup();
                assertThat(ps.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isZero();
            }
            XSSFSheet cov = wb.getSheet("封面");
            assertThat(text(cov)).contains("2026年第三季度党内统计报表", "负  责  人：王书记", "填  表  人：李干事",
                    "联系电话：0512-12345678", "报出日期：2026年10月8日", "填报单位（盖章）：幸福街道党工委");

            XSSFSheet changes = wb.getSheet("党员增减情况表");
            assertThat(changes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：幸福街道党工委");
            assertThat(changes.getMergedRegions()).contains(CellRangeAddress.valueOf("B3:B4"),
                    CellRangeAddress.valueOf("C3:G3"));
            assertThat(changes.getRow(2).getCell(2).getStringCellValue()).isEqualTo("党员增加");
            assertThat(changes.getRow(3).getCell(2).getStringCellValue()).isEqualTo("发展党员");
            var total = changes.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(11);
            assertThat(total.getCell(total.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(10);
            assertThat(total.getCell(1).getCellType()).as("totals are values")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);

            XSSFSheet suspended = wb.getSheet("停止党籍名单");
            assertThat(suspended.getRow(3).getCell(1).getStringCellValue()).isEqualTo("林九");
            assertThat(suspended.getRow(3).getCell(3).getStringCellValue()).isEqualTo("3205**********" + street.m9.idNumber().substring(14));
            assertThat(text(wb.getSheet("恢复党籍名单"))).contains("本期无");

            assertThat(wb.getAllPictures()).hasSize(10);
        }
    }

    @Test
    void statsReport_withoutRenderer_hasNoChartSheet() throws Exception {
        StatsBase base = s.stats().tables().load();
        PeriodReport report = s.stats().periods().report(base, Q3);
        Path out = dir.resolve("stats.xlsx");
        s.stats().sheets().write(report, Set.of(TableKind.STRUCTURE), Cover.blank("", null), charts(base),
                ChartRenderer.NONE, false, out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet t = wb.getSheetAt(1);
            assertThat(t.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年第三季度党员队伍结构统计表");
            assertThat(t.getRow(1).getCell(15).getStringCellValue()).isEqualTo("统计截止日期：2026年9月30日");
            assertThat(t.getRow(3).getCell(7).getStringCellValue()).isEqualTo("30岁及以下");
            assertThat(t.getRow(2).getCell(7).getStringCellValue()).isEqualTo("年龄");
            assertThat(t.getPrintSetup().getLandscape()).isTrue();
        }
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> sb.append(c.toString()).append('\n')));
        return sb.toString();
    }
}
