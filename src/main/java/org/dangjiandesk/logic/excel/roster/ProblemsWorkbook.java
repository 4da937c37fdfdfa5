package org.dangjiandesk.logic.excel.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;

/**
 * The rejected rows of an import, written beside the input as "<name>-导入问题.xlsx": the row number in the
 * original file, the cells as they were, each offending cell highlighted with a comment, and all problems of the
 * row in a last column. The clerk fixes them there and imports that file again.
 */
public final class ProblemsWorkbook {
    /** Comments are costly in a workbook; past this many, the last column alone explains. */
    private static final int MAX_COMMENTS = 5_000;
    private static final int EXPLANATION_WIDTH_CHARS = 60;

    private ProblemsWorkbook() {
    }

    public static Path pathFor(Path input, Messages messages) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.toAbsolutePath().resolveSibling(base + messages.get("import.problemsSuffix") + ".xlsx");
    }

    /** Writes the workbook and returns its path; nothing is written when there are no rejected rows. */
    public static Path write(Path input, ImportPreview preview, Messages messages) {
        Path out = pathFor(input, messages);
        ColumnMapping mapping = preview.mapping();
        int width = mapping.headers().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (ImportRow r : preview.invalidRows()) {
            width = Math.max(width, r.rawCells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
        }
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("import.problems.row"));
        for (int i = 0; i < width; i++) {
            headers.add(mapping.headers().getOrDefault(i, ColumnMapping.letter(i)));
        }
        headers.add(messages.get("import.problems.what"));
        int cols = width;
        Excel.writeAtomically(out, wb -> {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            SheetWriter w = new SheetWriter(wb, styles, messages.get("import.problems.sheet"),
                    messages.get("import.problems.title", input.getFileName().toString()),
                    messages.get("import.problems.count", preview.invalidRows().size()), "", headers);
            CellStyle marked = styles.marked;
            Drawing<?> drawing = w.sheet().createDrawingPatriarch();
            int comments = 0;
            for (ImportRow r : preview.invalidRows()) {
                List<Object> values = new ArrayList<>();
                values.add(r.rowNumber());
                for (int i = 0; i < cols; i++) {
                    values.add(r.rawCells().get(i));
                }
                StringBuilder all = new StringBuilder();
                Map<Integer, StringBuilder> byCell = new HashMap<>();
                for (ImportProblem p : r.problems()) {
                    all.append(all.length() > 0 ? "；" : "").append(p.column().isEmpty() ? "" : p.column() + "：")
                            .append(p.message());
                    if (p.columnIndex() >= 0) {
                        byCell.computeIfAbsent(p.columnIndex(), k -> new StringBuilder()).append(p.message()).append('\n');
                    }
                }
                values.add(all.toString());
                w.row(values);
                Row row = w.sheet().getRow(SheetWriter.HEADER_ROWS + w.dataRows() - 1);
                row.getCell(cols + 1).setCellStyle(styles.wrapped);
                // a CJK character is two width units, and the font runs wider than the nominal column: about 70 units a line (an extra line costs nothing, a clipped one hides the reason)
                int lines = 1 + SheetWriter.displayWidth(all.toString()) / 70;
                row.setHeightInPoints(Math.max(15, lines * 14.5f)); // stored heights are what prints
                for (Map.Entry<Integer, StringBuilder> e : byCell.entrySet()) {
                    Cell cell = row.getCell(e.getKey() + 1);
                    cell.setCellStyle(marked);
                    if (comments++ < MAX_COMMENTS) {
                        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                        anchor.setCol1(cell.getColumnIndex());
                        anchor.setCol2(cell.getColumnIndex() + 4);
                        anchor.setRow1(row.getRowNum());
                        anchor.setRow2(row.getRowNum() + 4);
                        Comment c = drawing.createCellComment(anchor);
                        c.setString(wb.getCreationHelper().createRichTextString(e.getValue().toString().strip()));
                        cell.setCellComment(c);
                    }
                }
            }
            w.finish();
            w.sheet().setColumnWidth(cols + 1, EXPLANATION_WIDTH_CHARS * 256); // wraps inside, prints within the page
            return null;
        });
        return out;
    }

}
