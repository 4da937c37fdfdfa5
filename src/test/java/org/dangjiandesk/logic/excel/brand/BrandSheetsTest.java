package org.dangjiandesk.logic.excel.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandProjects;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.EvaluationService;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandSheetsTest {
    @TempDir Path dir;
    private TestServices ts;
    private Services s;
    private TestStreet street;
    private BrandService brand;
    private EvaluationService ev;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = TestStreet.create(s);
        brand = s.brand().projects();
        ev = s.brand().evaluations();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private long running(String name) {
        return BrandProjects.running(brand, street, name);
    }

    /** Three projects, three judges; 乙 and 丙 end equal. */
    private EvaluationRound scoredRound() {
        List<Long> ids = List.of(running("甲"), running("乙"), running("=丙"));
        EvaluationRound round = ev.create(new EvaluationRound(null, "2026年度党建品牌项目展评", 2026,
                LocalDate.of(2026, 10, 8), true, AwardRule.TOP_RANKS, 2, 0,
                List.of(new EvaluationCriterion(null, "创新性", 30), new EvaluationCriterion(null, "实效性", 30),
                        new EvaluationCriterion(null, "群众受惠面", 25), new EvaluationCriterion(null, "可复制性", 15)),
                List.of(new Judge(null, "周评"), new Judge(null, "吴评"), new Judge(null, "郑评")), ids));
        double[][] perJudge = {{95, 80, 80}, {90, 85, 85}, {70, 60, 60}};
        for (int j = 0; j < 3; j++) {
            for (int p = 0; p < 3; p++) {
                for (EvaluationCriterion c : round.criteria()) {
                    ev.score(round.judges().get(j).id(), ids.get(p), c.id(), perJudge[j][p]);
                }
            }
        }
        return round;
    }

    @Test
    void resultsTable_ranksWithTies_isSetUpForA4_andNeverTurnsANameIntoAFormula() throws Exception {
        EvaluationRound round = scoredRound();
        Path out = dir.resolve("结果.xlsx");

        assertThat(s.brand().sheets().results(round.id(), out)).isEqualTo(3);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet sh = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sh.getRow(0).getCell(0))).isEqualTo("2026年度党建品牌项目展评结果表");
            assertThat(cells(sh.getRow(2))).containsExactly("名次", "项目名称", "申报单位", "类别", "周评", "吴评", "郑评",
                    "得分", "结果");
            assertThat(cells(sh.getRow(3))).containsExactly("1", "甲", "阳光社区第一党支部", "微幸福项目", "95.00", "90.00",
                    "70.00", "90.00", "命名授牌");
            assertThat(cells(sh.getRow(4)).subList(0, 2)).containsExactly("2（并列）", "乙");
            assertThat(cells(sh.getRow(5)).subList(0, 2)).containsExactly("2（并列）", "=丙");
            assertThat(sh.getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells(sh.getRow(4)).get(8)).isEqualTo("命名授牌"); // the tie at the cut is awarded together
            assertThat(f.formatCellValue(sh.getRow(7).getCell(0))).contains("去掉一个最高分和一个最低分",
                    "前 2 名命名授牌");
            PrintSetup ps = sh.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("1:3");
        }
    }

    @Test
    void blankScoreSheet_hasOneSheetPerJudge_withWeightedCriteriaAndEmptyCells() throws Exception {
        EvaluationRound round = scoredRound();
        Path out = dir.resolve("评分表.xlsx");

        assertThat(s.brand().sheets().scoreSheet(round.id(), out)).isEqualTo(3);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Sheet sh = wb.getSheetAt(1);
            assertThat(sh.getSheetName()).isEqualTo("2 吴评");
            assertThat(cells(sh.getRow(1))).contains("评委：吴评");
            assertThat(cells(sh.getRow(2))).containsExactly("序号", "项目名称", "申报单位", "创新性（30%）", "实效性（30%）",
                    "群众受惠面（25%）", "可复制性（15%）", "合计", "备注");
            assertThat(cells(sh.getRow(3))).containsExactly("1", "甲", "阳光社区第一党支部", "", "", "", "", "", "");
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void summaryTable_listsPlannedAndActualIndicators_andCommunityTotals() throws Exception {
        long a = running("甲");
        brand.logProgress(a, LocalDate.of(2026, 5, 1), "活动", new Indicators(3, 90, 4, new BigDecimal("1234.50")),
                List.of());
        Path out = dir.resolve("汇总.xlsx");

        assertThat(s.brand().sheets().summary(2026, out, Progress.NONE)).isEqualTo(1);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet sh = wb.getSheet("项目汇总表");
            assertThat(cells(sh.getRow(0)).get(0)).isEqualTo("2026年度党建品牌项目汇总表");
            assertThat(cells(sh.getRow(3))).containsExactly("1", "甲", "微幸福项目", "阳光社区第一党支部", "中共阳光社区委员会",
                    "李芳", "2026", "实施中", "10000", "12", "3", "200", "90", "30", "4", "8000", "1234.5");
            Sheet c = wb.getSheet("社区指标合计");
            assertThat(cells(c.getRow(3)).subList(0, 2)).containsExactly("中共阳光社区委员会", "1");
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        }
    }

    private static List<String> cells(Row r) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.getLastCellNum(); i++) {
            out.add(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
        }
        return out;
    }
}
