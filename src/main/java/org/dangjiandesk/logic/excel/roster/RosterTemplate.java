package org.dangjiandesk.logic.excel.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.Sex;

/**
 * The blank import template: the national 16 columns, ID and phone columns formatted as text (so Excel keeps all
 * 18 characters), dropdowns for the coded fields fed from a hidden sheet of code lists, and a sheet of notes on
 * how to fill it in.
 */
public final class RosterTemplate {
    /** Rows prepared with formats and dropdowns. */
    static final int PREPARED_ROWS = 2000;

    private final CodeLists codes;
    private final Messages messages;

    public RosterTemplate(CodeLists codes, Messages messages) {
        this.codes = codes;
        this.messages = messages;
    }

    public void write(Path out) {
        List<RosterColumn> columns = RosterExportRequest.nationalColumns();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(messages.get("template.sheet"));
            Sheet lists = wb.createSheet(messages.get("template.listsSheet"));
            Sheet notes = wb.createSheet(messages.get("template.notesSheet"));
            Map<RosterColumn, List<String>> choices = choices();
            writeLists(wb, lists, choices);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);

            CellStyle header = headerStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(messages.get("template.title"));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size()));
            sheet.createRow(1).createCell(0).setCellValue(messages.get("template.unitLine"));
            Row h = sheet.createRow(2);
            h.setHeightInPoints(30);
            cell(h, 0, messages.get("export.serial"), header);
            sheet.setColumnWidth(0, 6 * 256);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                RosterColumn c = columns.get(i);
                int col = i + 1;
                cell(h, col, c.header(), header);
                sheet.setColumnWidth(col, Math.max(10, c.header().length() * 2 + 2) * 256);
                CellRangeAddressList range = new CellRangeAddressList(3, 3 + PREPARED_ROWS, col, col);
                if (c == RosterColumn.ID_NUMBER || c == RosterColumn.MOBILE_PHONE || c == RosterColumn.LANDLINE_PHONE) {
                    sheet.setDefaultColumnStyle(col, text);
                    sheet.setColumnWidth(col, 22 * 256);
                }
                if (choices.containsKey(c)) {
                    DataValidation v = dv.createValidation(dv.createFormulaListConstraint("list_" + c.name()), range);
                    v.setShowErrorBox(true);
                    v.createErrorBox(messages.get("template.invalidTitle"), messages.get("template.invalidChoice"));
                    sheet.addValidationData(v);
                } else if (c.name().endsWith("_ON") || c == RosterColumn.BIRTH_DATE) {
                    DataValidation v = dv.createValidation(dv.createCustomConstraint("TRUE"), range);
                    v.createPromptBox(c.header(), messages.get("template.datePrompt"));
                    v.setShowPromptBox(true);
                    sheet.addValidationData(v);
                }
            }
            sheet.createFreezePane(2, 3);
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:3"));
            writeNotes(notes);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<RosterColumn, List<String>> choices() {
        Map<RosterColumn, List<String>> m = new LinkedHashMap<>();
        m.put(RosterColumn.SEX, labels(Sex.values()));
        m.put(RosterColumn.ETHNICITY, codeLabels(CodeCategory.ETHNICITY));
        m.put(RosterColumn.EDUCATION, codeLabels(CodeCategory.EDUCATION));
        m.put(RosterColumn.CATEGORY, labels(MemberCategory.values()));
        m.put(RosterColumn.JOB_POST, codeLabels(CodeCategory.JOB_POST));
        m.put(RosterColumn.PARTY_STATUS, labels(PartyStatus.values()));
        List<String> yesNo = List.of(messages.get("common.yes"), messages.get("common.no"));
        m.put(RosterColumn.LOST_CONTACT, yesNo);
        m.put(RosterColumn.FLOATING, yesNo);
        return m;
    }

    private List<String> labels(Enum<?>[] values) {
        List<String> l = new ArrayList<>();
        for (Enum<?> v : values) {
            l.add(messages.label(v));
        }
        return l;
    }

    private List<String> codeLabels(CodeCategory category) {
        return codes.items(category).stream().map(CodeItem::label).toList();
    }

    /** One column per list on the hidden sheet, each with a workbook name the dropdowns refer to. */
    private static void writeLists(XSSFWorkbook wb, Sheet lists, Map<RosterColumn, List<String>> choices) {
        int col = 0;
        for (Map.Entry<RosterColumn, List<String>> e : choices.entrySet()) {
            List<String> values = e.getValue();
            for (int r = 0; r < values.size(); r++) {
                Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
                row.createCell(col).setCellValue(values.get(r));
            }
            Name name = wb.createName();
            name.setNameName("list_" + e.getKey().name());
            String letter = ColumnMapping.letter(col);
            name.setRefersToFormula("'" + lists.getSheetName() + "'!$" + letter + "$1:$" + letter + "$" + values.size());
            col++;
        }
    }

    private void writeNotes(Sheet notes) {
        notes.setColumnWidth(0, 100 * 256);
        String[] lines = messages.get("template.notes").split("\\|");
        for (int i = 0; i < lines.length; i++) {
            notes.createRow(i).createCell(0).setCellValue(lines[i]);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        s.setFont(bold);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void cell(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
