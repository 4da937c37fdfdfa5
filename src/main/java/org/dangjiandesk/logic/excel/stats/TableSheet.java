package org.dangjiandesk.logic.excel.stats;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.model.StatColumn;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * One statistics table as the upward forms lay it out: title; 填报单位 and 统计截止日期 (or the period for the 增减
 * table); two header rows, a group header merged across its columns and single columns merged down both rows;
 * one row per unit and the total (values, not formulas, so the file shows the same figures everywhere); a
 * signature line. A4 landscape, one page wide, the header rows repeated on every page.
 */
final class TableSheet {
    private static final int FIRST_HEADER_ROW = 2;
    private final SXSSFWorkbook wb;
    private final ReportStyles styles;
    private final Messages m;

    TableSheet(SXSSFWorkbook wb, ReportStyles styles, Messages m) {
        this.wb = wb;
        this.styles = styles;
        this.m = m;
    }

    void write(PeriodReport report, StatTable t, Cover cover) {
        String name = m.label(t.kind());
        SXSSFSheet sheet = wb.createSheet(name);
        List<StatColumn> cols = t.columns();
        int last = cols.size(); // column 0 is the unit
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        cell(title, 0, m.get("stats.table.title", StatsWorkbook.periodText(m, report.period()), name), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row info = sheet.createRow(1);
        info.setHeightInPoints(20);
        String unit = cover.unitName() == null || cover.unitName().isBlank() ? report.unitName() : cover.unitName();
        int half = Math.max(1, last / 2);
        cell(info, 0, m.get("stats.table.unit", unit), styles.line);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, half));
        String when = t.kind() == TableKind.CHANGES
                ? m.get("stats.table.period", StatsWorkbook.date(m, report.period().firstDay()),
                StatsWorkbook.date(m, report.period().lastDay()))
                : m.get("stats.table.asOf", StatsWorkbook.date(m, report.period().lastDay()));
        cell(info, half + 1, when, styles.lineRight);
        if (half + 1 < last) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, half + 1, last));
        }
        headers(sheet, cols);
        int r = FIRST_HEADER_ROW + 2;
        for (StatRow row : t.rows()) {
            dataRow(sheet, r++, row, styles.label, styles.number);
        }
        dataRow(sheet, r++, t.total(), styles.totalLabel, styles.totalNumber);
        Row sign = sheet.createRow(r + 1);
        sign.setHeightInPoints(22);
        cell(sign, 0, m.get("stats.table.signature", blank(cover.head()), blank(cover.preparer()),
                blank(cover.phone()), cover.reportedOn() == null ? "" : StatsWorkbook.date(m, cover.reportedOn())),
                styles.line);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
        int labelWidth = 10;
        for (StatRow row : t.rows()) {
            labelWidth = Math.max(labelWidth, SheetWriter.displayWidth(row.label()) + 2);
        }
        sheet.setColumnWidth(0, Math.min(30, labelWidth) * 256);
        for (int c = 1; c <= last; c++) {
            sheet.setColumnWidth(c, (cols.size() > 16 ? 6 : 10) * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW + 1, -1, -1));
        sheet.createFreezePane(1, FIRST_HEADER_ROW + 2);
        ReportStyles.printOnA4(sheet, cols.size() > 8);
    }

    private void headers(SXSSFSheet sheet, List<StatColumn> cols) {
        Row groups = sheet.createRow(FIRST_HEADER_ROW);
        Row labels = sheet.createRow(FIRST_HEADER_ROW + 1);
        groups.setHeightInPoints(24);
        labels.setHeightInPoints(cols.size() > 16 ? 78 : 48);
        cell(groups, 0, m.get("stats.table.unitColumn"), styles.header);
        cell(labels, 0, "", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW + 1, 0, 0));
        int c = 0;
        while (c < cols.size()) {
            StatColumn col = cols.get(c);
            if (col.groupKey() == null) {
                cell(groups, c + 1, m.get(col.labelKey()), styles.header);
                cell(labels, c + 1, "", styles.header);
                sheet.addMergedRegion(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW + 1, c + 1, c + 1));
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < cols.size() && col.groupKey().equals(cols.get(end + 1).groupKey())) {
                end++;
            }
            cell(groups, c + 1, m.get(col.groupKey()), styles.header);
            for (int i = c; i <= end; i++) {
                if (i > c) {
                    cell(groups, i + 1, "", styles.header);
                }
                cell(labels, i + 1, m.get(cols.get(i).labelKey()), styles.header);
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW, c + 1, end + 1));
            }
            c = end + 1;
        }
    }

    private void dataRow(SXSSFSheet sheet, int r, StatRow row, CellStyle labelStyle, CellStyle numberStyle) {
        Row x = sheet.createRow(r);
        x.setHeightInPoints(20);
        cell(x, 0, row.label(), labelStyle);
        int[] figures = row.figures();
        for (int i = 0; i < figures.length; i++) {
            Cell c = x.createCell(i + 1);
            c.setCellValue(figures[i]);
            c.setCellStyle(numberStyle);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "__________" : s;
    }

    private static void cell(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
