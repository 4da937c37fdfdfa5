package org.dangjiandesk.logic.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;
import org.dangjiandesk.logic.excel.roster.RosterExportService;
import org.dangjiandesk.logic.excel.roster.RosterImportService;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterExportServiceTest {
    @TempDir Path dir;
    private TestServices ts;
    private TestStreet street;
    private RosterExportService exporter;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        exporter = new RosterExportService(ts.database(), ts.services().codes(), Messages.chinese());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private Path export(boolean unmasked) {
        Path out = dir.resolve(unmasked ? "full.xlsx" : "masked.xlsx");
        int n = exporter.export(out, new RosterExportRequest(RosterExportRequest.nationalColumns(), null, unmasked,
                "幸福街道党工委", TestServices.TODAY), Progress.NONE);
        assertThat(n).isEqualTo(3);
        return out;
    }

    @Test
    void export_writesIdsAndPhonesAsText_maskedByDefault() throws Exception {
        try (InputStream in = Files.newInputStream(export(false)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("党员花名册");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：幸福街道党工委");
            Row header = s.getRow(2);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("公民身份号码");
            Row first = s.getRow(3);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("王秀英"); // 王 has the fewest strokes
            Cell id = first.getCell(4);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getStringCellValue()).matches("\\d{4}\\*{10}\\d{3}[\\dX]");
            Cell phone = first.getCell(12);
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("139****5678");
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:3");
        }
    }

    @Test
    void export_neverTurnsUserTextIntoAFormula() throws Exception {
        Member li = street.liFang;
        ts.services().roster().update(li.toBuilder().homeAddress("=HYPERLINK(\"http://x\",\"点我\")").build());
        Path out = dir.resolve("f.xlsx");
        exporter.export(out, new RosterExportRequest(List.of(RosterColumn.NAME, RosterColumn.HOME_ADDRESS), null,
                false, "幸福街道党工委", TestServices.TODAY), Progress.NONE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Cell address = null;
            for (Row r : wb.getSheetAt(0)) {
                if (r.getRowNum() >= 3 && r.getCell(1).getStringCellValue().equals("李芳")) {
                    address = r.getCell(2);
                }
            }
            assertThat(address.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(address.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void roundTrip_exportThenImportIntoAnEmptyDatabase_givesTheSameMembers() {
        Path out = export(true);
        try (TestServices empty = new TestServices()) {
            var s = empty.services();
            var root = s.setup().createEmptyStreet("幸福街道", "320500000001");
            var community = s.orgs().add(org.dangjiandesk.model.OrgUnit.create(root.id(),
                    org.dangjiandesk.model.OrgType.COMMITTEE, "中共阳光社区委员会"));
            RosterImportService importer = new RosterImportService(empty.database(), s.codes(), new ChineseNames(),
                    Messages.chinese(), TestServices.CLOCK);
            ImportPreview p = importer.preview(out, new ImportOptions(true, "中共阳光社区委员会"), Progress.NONE);
            assertThat(p.problems()).isEmpty();
            importer.apply(p, true, true, "中共阳光社区委员会", Progress.NONE);
            List<RosterEntry> before = ts.services().roster().loadRoster();
            List<RosterEntry> after = s.roster().loadRoster();
            assertThat(after).hasSameSizeAs(before);
            for (RosterEntry b : before) {
                Member original = ts.services().roster().find(b.id()).orElseThrow();
                Member copy = after.stream().filter(a -> a.idNumber().equals(b.idNumber())).findFirst()
                        .flatMap(a -> s.roster().find(a.id())).orElseThrow();
                assertThat(copy).usingRecursiveComparison()
                        .ignoringFields("id", "version", "orgId")
                        .isEqualTo(original);
            }
            assertThat(community).isNotNull();
            assertThat(Set.copyOf(s.orgs().loadTree().all().stream().map(o -> o.fullName()).toList()))
                    .contains("阳光社区第一党支部", "阳光社区第二党支部");
        }
    }
}
