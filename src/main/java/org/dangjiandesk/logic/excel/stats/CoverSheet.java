package org.dangjiandesk.logic.excel.stats;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.PeriodReport;

/** The cover (封面): title, 填报单位 with room for the seal, period, 负责人, 填表人, 联系电话, 报出日期, contents. */
final class CoverSheet {
    private static final int COLUMNS = 6;
    private final SXSSFWorkbook wb;
    private final ReportStyles styles;
    private final Messages m;

    CoverSheet(SXSSFWorkbook wb, ReportStyles styles, Messages m) {
        this.wb = wb;
        this.styles = styles;
        this.m = m;
    }

    void write(PeriodReport report, Cover cover, List<String> contents) {
        SXSSFSheet sheet = wb.createSheet(m.get("stats.sheet.cover"));
        int r = 0;
        row(sheet, r++, 40, "", styles.line);
        row(sheet, r++, 48, m.get("stats.cover.title", StatsWorkbook.periodText(m, report.period())),
                styles.coverTitle);
        row(sheet, r++, 24, report.fromClosedPeriod() ? m.get("stats.cover.closed",
                report.closedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString()) : "",
                styles.title);
        row(sheet, r++, 30, "", styles.line);
        String unit = cover.unitName() == null || cover.unitName().isBlank() ? report.unitName() : cover.unitName();
        row(sheet, r++, 30, m.get("stats.cover.unit", unit), styles.coverLine);
        row(sheet, r++, 30, m.get("stats.cover.period", report.period().firstDay().toString(),
                report.period().lastDay().toString()), styles.coverLine);
        row(sheet, r++, 30, m.get("stats.cover.head", orBlank(cover.head())), styles.coverLine);
        row(sheet, r++, 30, m.get("stats.cover.preparer", orBlank(cover.preparer())), styles.coverLine);
        row(sheet, r++, 30, m.get("stats.cover.phone", orBlank(cover.phone())), styles.coverLine);
        row(sheet, r++, 30, m.get("stats.cover.reportedOn", cover.reportedOn() == null ? orBlank(null)
                : StatsWorkbook.date(m, cover.reportedOn())), styles.coverLine);
        row(sheet, r++, 30, "", styles.line);
        row(sheet, r++, 26, m.get("stats.cover.contents"), styles.coverLine);
        int n = 1;
        for (String c : contents) {
            row(sheet, r++, 22, "    " + n++ + ". " + c, styles.line);
        }
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        ReportStyles.printOnA4(sheet, false);
    }

    private static String orBlank(String s) {
        // a string cell stays text whatever it starts with: POI writes no formula unless asked to
        return s == null || s.isBlank() ? "__________________" : s;
    }

    private void row(SXSSFSheet sheet, int r, float height, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(height);
        Cell c = row.createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
    }
}
