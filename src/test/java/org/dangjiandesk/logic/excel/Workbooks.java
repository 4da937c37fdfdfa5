package org.dangjiandesk.logic.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbooks the import tests read, the way clerks make them: a title row, a 填报单位 line, headers,
 * then data. A cell value is written by type: String as text, Number as a number cell, LocalDate as a date cell,
 * and a String starting with "=" as a formula.
 */
public final class Workbooks {
    private Workbooks() {
    }

    public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
        return write(new XSSFWorkbook(), file, rows, List.of());
    }

    public static Path xls(Path file, List<List<Object>> rows) throws IOException {
        return write(new HSSFWorkbook(), file, rows, List.of());
    }

    /** With merged regions, e.g. "L3:M3" for 联系电话 over two sub-headers. */
    public static Path xlsx(Path file, List<List<Object>> rows, List<String> merged) throws IOException {
        return write(new XSSFWorkbook(), file, rows, merged);
    }

    public static Path csv(Path file, List<List<Object>> rows, Charset charset, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = row.get(i) == null ? "" : row.get(i).toString();
                sb.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append("\r\n");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(sb.toString().getBytes(charset));
        }
        return file;
    }

    private static Path write(Workbook wb, Path file, List<List<Object>> rows, List<String> merged) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("花名册");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v.toString().startsWith("=")) {
                        cell.setCellFormula(v.toString().substring(1));
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (String range : merged) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            }
            wb.write(out);
        }
        return file;
    }
}
