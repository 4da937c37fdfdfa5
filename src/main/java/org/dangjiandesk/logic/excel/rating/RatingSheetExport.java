package org.dangjiandesk.logic.excel.rating;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.excel.roster.Excel;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.rating.AssessmentService;
import org.dangjiandesk.logic.rating.AssessmentSheet;
import org.dangjiandesk.model.Quarter;

/**
 * The 季度考评表 as .xlsx, the same sheet the app prints: A4 landscape, header rows repeated on every page, fit to
 * one page wide, signature lines (支部书记, 审核人, 日期) under the table. The blank variant has taller empty rows
 * to write in.
 */
public final class RatingSheetExport {
    private static final float BLANK_ROW_HEIGHT = 26;
    private static final float FILLED_ROW_HEIGHT = 20;

    private final AssessmentService assessments;
    private final Messages messages;

    public RatingSheetExport(AssessmentService assessments, Messages messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /** Writes a branch's sheet for a quarter (creating nothing in the database) and returns its member rows. */
    public int export(long orgId, Quarter quarter, boolean blank, Path out) {
        return write(AssessmentSheet.of(assessments.peek(orgId, quarter), blank, messages), out);
    }

    /** Writes an already built sheet (the screen exports what it shows). */
    public int write(AssessmentSheet sheet, Path out) {
        return Excel.writeAtomically(out, wb -> {
            fill(wb, sheet);
            return sheet.rows().size();
        });
    }

    private void fill(SXSSFWorkbook wb, AssessmentSheet s) {
        SheetWriter.Styles styles = new SheetWriter.Styles(wb);
        SheetWriter w = new SheetWriter(wb, styles, messages.get("rating.sheet.sheetName"), s.title(), s.orgLine(),
                s.quarterLine(), s.headers());
        int starColumn = s.headers().size() - 2;
        for (List<String> row : s.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                boolean numeric = (i == 0 || (i >= 2 && i < starColumn)) && !v.isEmpty();
                values.add(numeric ? new BigDecimal(v) : v);
            }
            w.row(values);
        }
        w.finish();
        SXSSFSheet sheet = w.sheet();
        int first = SheetWriter.HEADER_ROWS;
        for (int i = 0; i < s.rows().size(); i++) {
            sheet.getRow(first + i).setHeightInPoints(s.blank() ? BLANK_ROW_HEIGHT : FILLED_ROW_HEIGHT);
        }
        // star column: wide enough for ★★★★★
        sheet.setColumnWidth(starColumn, 12 * 256);
        signatures(wb, sheet, first + s.rows().size() + 1, s.headers().size(), s.signatures());
    }

    /** The three signature lines side by side under the table. */
    private static void signatures(SXSSFWorkbook wb, SXSSFSheet sheet, int rowIndex, int columns, List<String> lines) {
        CellStyle plain = wb.createCellStyle();
        Row r = sheet.createRow(rowIndex);
        r.setHeightInPoints(30);
        int per = Math.max(1, columns / lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int from = i * per;
            int to = i == lines.size() - 1 ? columns - 1 : from + per - 1;
            Cell c = r.createCell(from);
            c.setCellValue(lines.get(i));
            c.setCellStyle(plain);
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
            }
        }
    }
}
