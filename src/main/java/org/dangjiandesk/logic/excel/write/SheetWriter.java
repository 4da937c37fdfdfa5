package org.dangjiandesk.logic.excel.write;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table sheet the way upward submissions look: a title row, a line with 填报单位 and 截止日期, a header
 * row, then data, streamed with SXSSF so 100,000 rows need little memory. Every text cell that a spreadsheet
 * could take for a formula (= + - @ …) is written with a quote prefix: no text from user data ever becomes a
 * formula. Printing: A4 landscape, header rows repeated on every page, fit to one page wide, page numbers.
 */
public final class SheetWriter {
    /** Rows above the data: title, unit line, header. */
    public static final int HEADER_ROWS = 3;
    private static final int MAX_WIDTH_CHARS = 40;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    private final int[] widths;
    private int nextRow;

    /** Cell styles shared by all sheets of a workbook (a workbook holds at most 64,000 styles). */
    public static final class Styles {
        final CellStyle title;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle text;
        final CellStyle textQuoted;
        final CellStyle number;
        final CellStyle date;
        /** A text cell marked as having a problem. */
        public final CellStyle marked;
        /** Text that wraps inside its column (long explanations). */
        public final CellStyle wrapped;

        public Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            unit = wb.createCellStyle();
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            textQuoted = bordered(wb);
            textQuoted.cloneStyleFrom(text);
            textQuoted.setQuotePrefixed(true);
            number = bordered(wb);
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            marked = bordered(wb);
            marked.cloneStyleFrom(text);
            marked.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = bordered(wb);
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
        }

        private static CellStyle bordered(SXSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }

    /**
     * Starts a sheet with its title, unit line and header row.
     *
     * @param unitLine e.g. "填报单位：幸福街道党工委" (left) — {@code dateLine} goes to the right half
     */
    public SheetWriter(SXSSFWorkbook wb, Styles styles, String sheetName, String title, String unitLine,
                       String dateLine, List<String> headers) {
        this.sheet = wb.createSheet(sheetName);
        this.styles = styles;
        this.columns = headers.size();
        this.widths = new int[columns];
        Row t = sheet.createRow(0);
        t.setHeightInPoints(28);
        cell(t, 0, title, styles.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
        Row u = sheet.createRow(1);
        cell(u, 0, unitLine, styles.unit);
        int half = Math.max(1, columns / 2);
        if (columns >= 2) {
            cell(u, half, dateLine, styles.unit);
        }
        if (half >= 2) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, half - 1));
        }
        if (columns - half >= 2) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, half, columns - 1));
        }
        Row h = sheet.createRow(2);
        h.setHeightInPoints(32);
        for (int i = 0; i < columns; i++) {
            cell(h, i, headers.get(i), styles.header);
            widths[i] = Math.max(widths[i], displayWidth(headers.get(i)) / 2 + 2);
        }
        nextRow = HEADER_ROWS;
    }

    /** Appends a data row; values are String (text), Number, LocalDate or null. */
    public void row(List<?> values) {
        Row r = sheet.createRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            Object v = i < values.size() ? values.get(i) : null;
            Cell c = r.createCell(i);
            if (v == null) {
                c.setCellStyle(styles.text);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                c.setCellStyle(styles.number);
                track(i, n.toString());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(styles.date);
                track(i, "2026-01-01");
            } else {
                String s = v.toString();
                c.setCellValue(s);
                c.setCellStyle(looksLikeFormula(s) ? styles.textQuoted : styles.text);
                track(i, s);
            }
        }
    }

    public int dataRows() {
        return nextRow - HEADER_ROWS;
    }

    /** Freezes the header, adds the auto filter, sets widths and the print setup. Call once, after the rows. */
    public void finish() {
        sheet.createFreezePane(0, HEADER_ROWS);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, nextRow - 1), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, Math.max(4, widths[i])) * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, -1, -1));
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    public SXSSFSheet sheet() {
        return sheet;
    }

    /** Text a spreadsheet would read as a formula or a command if typed in. */
    public static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }

    private void track(int col, String s) {
        widths[col] = Math.max(widths[col], displayWidth(s) + 2);
    }

    /** CJK characters take two columns' width. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return w;
    }

    private static void cell(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
