package org.dangjiandesk.logic.excel.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.training.SessionDays;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workbooks are also left in target/training-sheets to be converted with LibreOffice and looked at. */
class TrainingSheetsTest {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建华", "秀兰", "志强", "海燕", "国庆", "丽娟", "卫东"};
    private final Path out = Path.of("target/training-sheets");
    private TestServices ts;
    private TestStreet street;
    private TrainingService training;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(out);
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        training = ts.services().training().sessions();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void signInSheet_isA4Portrait_withARowPerAttendee_andASeatingList() throws Exception {
        List<Long> ids = new ArrayList<>();
        ids.add(street.zhangJianguo.id());
        for (int i = 0; i < 40; i++) {
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length];
            Member m = ts.services().roster().create(TestStreet.member(name,
                    TestStreet.idNumber("320502", LocalDate.of(1940 + i, 1 + i % 12, 1 + i % 27), 11 + 2 * i),
                    i % 2 == 0 ? street.branch1.id() : street.branch2.id(), MemberCategory.FULL,
                    LocalDate.of(2001, 7, 1)), EventType.REGISTERED, null);
            ids.add(m.id());
        }
        TrainingSession s = training.save(new TrainingSession(null, 0, "2026年社区党组织书记示范培训班",
                TrainingType.MODEL_CLASS, street.community.id(), TrainingAudience.ALL_MEMBERS, null,
                "阳光社区党群服务中心三楼会议室", "区委党校 王老师", null,
                SessionDays.consecutive(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), new BigDecimal("8"))));
        training.addAttendees(s.id(), ids);
        Path file = out.resolve("sign-in.xlsx");

        int n = ts.services().training().sheets().signInSheet(s, file);

        assertThat(n).isEqualTo(41);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("签到表");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isNotNull();
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("2026年社区党组织书记示范培训班 签到表");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0)))
                    .isEqualTo("时间：2026-11-24～11-25");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("地点：阳光社区党群服务中心三楼会议室");
            assertThat(f.formatCellValue(sheet.getRow(3 + 41).getCell(0))).contains("中共阳光社区委员会").contains("应到 41 人");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(3))).isEqualTo("签名");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 41 + 1); // the organiser's line below
            assertThat(sheet.getRow(3).getHeightInPoints()).isGreaterThanOrEqualTo(24f);
            XSSFSheet seating = wb.getSheetAt(1);
            assertThat(seating.getSheetName()).isEqualTo("座次表");
            assertThat(seating.getLastRowNum()).isEqualTo(2 + (41 + TrainingSheets.SEATS_PER_ROW - 1) / TrainingSheets.SEATS_PER_ROW + 1);
        }
    }

    @Test
    void report_listsMembersBelowTheNorm_andFiguresPerOrganisation() throws Exception {
        TrainingSession s = training.save(new TrainingSession(null, 0, "微党课", TrainingType.PARTY_LECTURE,
                street.branch1.id(), TrainingAudience.ALL_MEMBERS, null, null, null, null,
                SessionDays.consecutive(LocalDate.of(2026, 3, 5), null, new BigDecimal("4"))));
        training.addAttendees(s.id(), List.of(street.zhangJianguo.id()));
        Path file = out.resolve("report.xlsx");

        int below = ts.services().training().sheets().report(2026, null, file);

        assertThat(below).isEqualTo(3);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter f = new DataFormatter();
            XSSFSheet list = wb.getSheetAt(0);
            assertThat(f.formatCellValue(list.getRow(0).getCell(0))).contains("2026").contains("6 周");
            List<String> rows = new ArrayList<>();
            for (int r = 3; r <= list.getLastRowNum(); r++) {
                rows.add(f.formatCellValue(list.getRow(r).getCell(1)) + ":" + f.formatCellValue(list.getRow(r).getCell(6))
                        + ":" + f.formatCellValue(list.getRow(r).getCell(7)));
            }
            assertThat(rows).contains("张建国:4:28");
            XSSFSheet orgs = wb.getSheetAt(1);
            assertThat(f.formatCellValue(orgs.getRow(3).getCell(0))).isEqualTo("幸福街道");
            assertThat(f.formatCellValue(orgs.getRow(3).getCell(1))).isEqualTo("1");
        }
    }
}
