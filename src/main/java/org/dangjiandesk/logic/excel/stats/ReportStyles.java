package org.dangjiandesk.logic.excel.stats;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the report workbooks, made once per workbook, and the A4 print setup every sheet gets. */
final class ReportStyles {
    final CellStyle title;
    final CellStyle line;
    final CellStyle lineRight;
    final CellStyle header;
    final CellStyle label;
    final CellStyle number;
    final CellStyle totalLabel;
    final CellStyle totalNumber;
    final CellStyle text;
    final CellStyle coverTitle;
    final CellStyle coverLine;

    ReportStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font huge = wb.createFont();
        huge.setBold(true);
        huge.setFontHeightInPoints((short) 22);
        Font large = wb.createFont();
        large.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        line = wb.createCellStyle();
        line.setVerticalAlignment(VerticalAlignment.CENTER);
        lineRight = wb.createCellStyle();
        lineRight.setAlignment(HorizontalAlignment.RIGHT);
        lineRight.setVerticalAlignment(VerticalAlignment.CENTER);
        header = bordered(wb);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(wb);
        label.setWrapText(true);
        number = bordered(wb);
        number.setAlignment(HorizontalAlignment.CENTER);
        totalLabel = bordered(wb);
        totalLabel.setFont(bold);
        totalLabel.setAlignment(HorizontalAlignment.CENTER);
        totalNumber = bordered(wb);
        totalNumber.setFont(bold);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(wb);
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        text.setWrapText(true);
        coverTitle = wb.createCellStyle();
        coverTitle.setFont(huge);
        coverTitle.setAlignment(HorizontalAlignment.CENTER);
        coverTitle.setVerticalAlignment(VerticalAlignment.CENTER);
        coverLine = wb.createCellStyle();
        coverLine.setFont(large);
        coverLine.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** A4, one page wide (as many pages tall as needed), centred, page numbers in the footer. */
    static void printOnA4(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
