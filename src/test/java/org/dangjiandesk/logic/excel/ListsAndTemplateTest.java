package org.dangjiandesk.logic.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.NameList;
import org.dangjiandesk.logic.excel.roster.NameListService;
import org.dangjiandesk.logic.excel.roster.ProblemsWorkbook;
import org.dangjiandesk.logic.excel.roster.RosterImportService;
import org.dangjiandesk.logic.excel.roster.RosterTemplate;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsAndTemplateTest {
    @TempDir Path dir;
    private TestServices ts;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void transferredOutList_holdsTheMembersTransferredInThePeriod() throws Exception {
        ts.services().roster().recordEvent(new MemberEvent(null, street.liFang.id(), EventType.TRANSFERRED_OUT,
                LocalDate.of(2026, 9, 15), null, "苏组转〔2026〕88号", null, null, "吴中区某街道党工委", "2026-09",
                null, null));
        Path out = dir.resolve("out.xlsx");
        int n = new NameListService(ts.database(), ts.services().codes(), Messages.chinese())
                .export(NameList.TRANSFERRED_OUT, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), out, false,
                        "幸福街道党工委", Progress.NONE);
        assertThat(n).isEqualTo(1);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("转出党员名册");
            List<String> row = texts(s, 3);
            assertThat(row).contains("李芳", "吴中区某街道党工委", "苏组转〔2026〕88号", "2026-09", "阳光社区第一党支部");
        }
    }

    @Test
    void template_hasTextIdColumn_dropdowns_andNotes() throws Exception {
        Path out = dir.resolve("template.xlsx");
        new RosterTemplate(ts.services().codes(), Messages.chinese()).write(out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(texts(s, 2)).startsWith("序号", "姓名", "性别", "民族", "公民身份号码");
            assertThat(s.getColumnStyle(4).getDataFormatString()).isEqualTo("@");
            assertThat(s.getDataValidations()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(wb.getName("list_ETHNICITY").getRefersToFormula()).isEqualTo("'代码表'!$B$1:$B$58"); // 56 民族 + 2
            assertThat(wb.isSheetHidden(1)).isTrue();
            assertThat(wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("填写说明");
        }
    }

    @Test
    void problemsWorkbook_marksTheOffendingCellWithAComment() throws Exception {
        String id = TestStreet.idNumber("320506", LocalDate.of(1970, 1, 1), 11);
        String bad = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        List<List<Object>> rows = RosterSheets.sheet(RosterSheets.row(1, "赵一", bad));
        Path in = Workbooks.xlsx(dir.resolve("社区花名册.xlsx"), rows, List.of("L3:M3"));
        RosterImportService importer = new RosterImportService(ts.database(), ts.services().codes(),
                new ChineseNames(), Messages.chinese(), TestServices.CLOCK);
        ImportPreview p = importer.preview(in, ImportOptions.DEFAULT, Progress.NONE);
        Path out = ProblemsWorkbook.write(in, p, Messages.chinese());
        assertThat(out.getFileName().toString()).isEqualTo("社区花名册-导入问题.xlsx");
        try (InputStream is = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(5.0);
            Cell idCell = s.getRow(3).getCell(5);
            assertThat(idCell.getStringCellValue()).isEqualTo(bad);
            assertThat(idCell.getCellComment().getString().getString()).contains("校验码");
            assertThat(texts(s, 3).get(texts(s, 3).size() - 1)).contains("E列「公民身份号码」").contains("校验码");
        }
    }

    @Test
    void problemsWorkbook_showsTheCellsOfARowRefusedForItsBranch() throws Exception {
        Path in = Workbooks.xlsx(dir.resolve("b.xlsx"), RosterSheets.sheet(RosterSheets.row(1, "赵一",
                RosterSheets.id(1960, 1, 2, 11), "所在党支部", "不存在党支部")), List.of("L3:M3"));
        RosterImportService importer = new RosterImportService(ts.database(), ts.services().codes(),
                new ChineseNames(), Messages.chinese(), TestServices.CLOCK);
        Path out = ProblemsWorkbook.write(in, importer.preview(in, ImportOptions.DEFAULT, Progress.NONE),
                Messages.chinese());
        try (InputStream is = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            List<String> row = texts(wb.getSheetAt(0), 3);
            assertThat(row).contains("赵一", RosterSheets.id(1960, 1, 2, 11), "不存在党支部");
        }
    }

    private static List<String> texts(Sheet s, int row) {
        List<String> out = new java.util.ArrayList<>();
        for (Cell c : s.getRow(row)) {
            out.add(switch (c.getCellType()) {
                case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                        ? c.getLocalDateTimeCellValue().toLocalDate().toString() : String.valueOf(c.getNumericCellValue());
                default -> c.getStringCellValue();
            });
        }
        return out;
    }
}
