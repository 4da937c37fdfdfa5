package org.dangjiandesk.logic.excel.stats;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.dangjiandesk.logic.stats.PeriodReport;

/** The charts as pictures, two side by side per band of rows, A4 portrait, one page wide. */
final class ChartSheet {
    static final int WIDTH_PX = 640;
    static final int HEIGHT_PX = 400;
    private static final int COLUMNS_PER_CHART = 8;
    private static final int ROWS_PER_CHART = 21;
    /** Bands of two charts that fit on one printed A4 page; a page break follows each such group. */
    private static final int BANDS_PER_PAGE = 3;
    private final SXSSFWorkbook wb;
    private final ReportStyles styles;
    private final Messages m;

    ChartSheet(SXSSFWorkbook wb, ReportStyles styles, Messages m) {
        this.wb = wb;
        this.styles = styles;
        this.m = m;
    }

    /** False when the renderer drew nothing (no sheet is left behind then). */
    boolean write(PeriodReport report, List<StatsWorkbook.Chart> charts, ChartRenderer renderer) {
        List<byte[]> pictures = charts.stream().map(c -> renderer.png(c.data(), c.title(), WIDTH_PX, HEIGHT_PX))
                .toList();
        if (pictures.stream().allMatch(p -> p == null)) {
            return false;
        }
        SXSSFSheet sheet = wb.createSheet(m.get("stats.sheet.charts"));
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        var cell = title.createCell(0);
        cell.setCellValue(m.get("stats.table.title", StatsWorkbook.periodText(m, report.period()),
                m.get("stats.sheet.charts")));
        cell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2 * COLUMNS_PER_CHART - 1));
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int placed = 0;
        for (byte[] png : pictures) {
            if (png == null) {
                continue;
            }
            int index = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            int col = (placed % 2) * COLUMNS_PER_CHART;
            int row = 2 + (placed / 2) * ROWS_PER_CHART;
            anchor.setCol1(col);
            anchor.setRow1(row);
            anchor.setCol2(col + COLUMNS_PER_CHART);
            anchor.setRow2(row + ROWS_PER_CHART - 1);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            drawing.createPicture(anchor, index);
            placed++;
        }
        int bands = (placed + 1) / 2;
        int lastRow = 2 + bands * ROWS_PER_CHART;
        for (int band = BANDS_PER_PAGE; band < bands; band += BANDS_PER_PAGE) {
            sheet.setRowBreak(2 + band * ROWS_PER_CHART - 1); // no chart is cut across two pages
        }
        for (int r = 1; r <= lastRow; r++) {
            if (sheet.getRow(r) == null) {
                sheet.createRow(r);
            }
        }
        for (int c = 0; c < 2 * COLUMNS_PER_CHART; c++) {
            sheet.setColumnWidth(c, 9 * 256);
        }
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, 2 * COLUMNS_PER_CHART - 1, 0, lastRow);
        ReportStyles.printOnA4(sheet, false);
        return true;
    }
}
