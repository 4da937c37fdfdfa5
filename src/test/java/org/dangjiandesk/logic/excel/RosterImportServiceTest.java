package org.dangjiandesk.logic.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.excel.read.TableReadException;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.ImportProblem;
import org.dangjiandesk.logic.excel.roster.ImportResult;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterImportService;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.ChineseNames;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportServiceTest {
    static final String B1 = RosterSheets.B1;

    @TempDir Path dir;
    private TestServices ts;
    private TestStreet street;
    private RosterImportService importer;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        importer = new RosterImportService(ts.database(), ts.services().codes(), new ChineseNames(),
                Messages.chinese(), TestServices.CLOCK);
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    ImportPreview preview(Path file) {
        return importer.preview(file, ImportOptions.DEFAULT, Progress.NONE);
    }

    @Test
    void preview_findsTheHeaderBelowTitleRows_andMergesTheTwoRowPhoneHeader() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("r.xlsx"), RosterSheets.sheet(RosterSheets.row(1, "赵一", RosterSheets.id(1960, 1, 2, 11))), List.of("L3:M3"));
        ImportPreview p = preview(f);
        assertThat(p.mapping().headerRowNumber()).isEqualTo(3);
        assertThat(p.mapping().headerRows()).isEqualTo(2);
        assertThat(p.mapping().byColumn()).containsEntry(RosterColumn.MOBILE_PHONE, 11)
                .containsEntry(RosterColumn.LANDLINE_PHONE, 12).containsEntry(RosterColumn.ID_NUMBER, 4);
        assertThat(p.mapping().unknownHeaders()).containsExactly("爱好");
        assertThat(p.validRows()).isEqualTo(1);
        assertThat(p.invalidRows()).isEmpty(); // the blank row, the 注 line and the 填表人 line are skipped
    }

    @Test
    void preview_normalisesWhatClerksType() throws Exception {
        String idX = TestStreet.idNumber("320506", LocalDate.of(1970, 5, 6), 23);
        // find a sequence whose check character is X, to test the lower-case x
        for (int seq = 1; !idX.endsWith("X"); seq += 2) {
            idX = TestStreet.idNumber("320506", LocalDate.of(1970, 5, 6), seq);
        }
        String fullWidth = toFullWidth(RosterSheets.id(1958, 3, 4, 31));
        Path f = Workbooks.xlsx(dir.resolve("n.xlsx"), RosterSheets.sheet(
                RosterSheets.row(1, "钱　二", idX.toLowerCase(), "民族", "汉", "人员类别", "正式", "加入党组织日期", "1990.03",
                        "转为正式党员日期", "1991年3月"),
                RosterSheets.row(2, "孙三", fullWidth, "加入党组织日期", "19800312", "转为正式党员日期", "1981-3-12",
                        "出生日期", LocalDate.of(1958, 3, 4)),
                RosterSheets.row(3, "李四", RosterSheets.id(1966, 6, 6, 51).substring(0, 6) + " " + RosterSheets.id(1966, 6, 6, 51).substring(6),
                        "加入党组织日期", "1990/7/1", "转为正式党员日期", LocalDate.of(1991, 7, 1), "人员类别", "正式党员")));
        ImportPreview p = preview(f);
        assertThat(p.problems()).isEmpty();
        List<Member> added = p.newMembers().stream().map(ImportPreview.PlannedMember::member).toList();
        Member qian = added.get(0);
        assertThat(qian.name()).isEqualTo("钱二");
        assertThat(qian.idNumber()).isEqualTo(idX);
        assertThat(qian.ethnicityCode()).isEqualTo("01");
        assertThat(qian.category()).isEqualTo(MemberCategory.FULL);
        assertThat(qian.joinedOn()).isEqualTo(LocalDate.of(1990, 3, 1));
        assertThat(qian.fullMemberOn()).isEqualTo(LocalDate.of(1991, 3, 1));
        assertThat(qian.sex()).isEqualTo(Sex.MALE); // derived from the ID when the column is empty
        assertThat(added.get(1).idNumber()).isEqualTo(RosterSheets.id(1958, 3, 4, 31));
        assertThat(added.get(1).joinedOn()).isEqualTo(LocalDate.of(1980, 3, 12));
        assertThat(added.get(2).idNumber()).isEqualTo(RosterSheets.id(1966, 6, 6, 51));
        assertThat(added.get(2).fullMemberOn()).isEqualTo(LocalDate.of(1991, 7, 1));
        assertThat(added.get(2).orgId()).isEqualTo(street.branch1.id());
    }

    @Test
    void preview_rejectsBadRows_namingRowAndColumn() throws Exception {
        String good = RosterSheets.id(1970, 1, 1, 11);
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Path f = Workbooks.xlsx(dir.resolve("bad.xlsx"), RosterSheets.sheet(
                RosterSheets.row(1, "甲", Double.valueOf(320506197001010011.0)),
                RosterSheets.row(2, "乙", badChecksum),
                RosterSheets.row(3, "丙", RosterSheets.id(1971, 2, 2, 13), "性别", "女"),
                RosterSheets.row(4, "丁", RosterSheets.id(1972, 3, 3, 15), "出生日期", "1972-03-04"),
                RosterSheets.row(5, "戊", RosterSheets.id(2000, 1, 1, 17), "加入党组织日期", "2017-12-31", "转为正式党员日期", "2018-12-31"),
                RosterSheets.row(6, "己", RosterSheets.id(1973, 4, 4, 19), "加入党组织日期", "2027-01-01", "转为正式党员日期", null, "人员类别", "预备党员"),
                RosterSheets.row(7, "庚", RosterSheets.id(1974, 5, 5, 21), "加入党组织日期", "2000-01-01", "转为正式党员日期", "1999-01-01"),
                RosterSheets.row(8, "", RosterSheets.id(1975, 6, 6, 23)),
                RosterSheets.row(9, "辛", good),
                RosterSheets.row(10, "壬", good),
                RosterSheets.row(11, "癸", "=CONCATENATE(\"3205\",\"06\")")));
        ImportPreview p = preview(f);
        assertThat(p.validRows()).isEqualTo(1); // 辛 only; 壬 repeats 辛's number
        assertThat(problemAt(p, 5)).contains("身份证号被存成了数字");
        assertThat(problemAt(p, 6)).contains("校验码不正确");
        assertThat(problemAt(p, 7)).contains("性别").contains("第17位");
        assertThat(problemAt(p, 8)).contains("出生日期");
        assertThat(problemAt(p, 9)).contains("未满18周岁");
        assertThat(problemAt(p, 10)).contains("不能晚于今天");
        assertThat(problemAt(p, 11)).contains("转正日期须晚于入党日期");
        assertThat(problemAt(p, 12)).contains("姓名").contains("必填");
        assertThat(problemAt(p, 14)).contains("与第 13 行重复");
        assertThat(problemAt(p, 15)).contains("公式");
        ImportProblem first = p.problems().stream().filter(x -> x.row() == 5).findFirst().orElseThrow();
        assertThat(first.column()).isEqualTo("E列「公民身份号码」");
    }

    @Test
    void preview_reconcilesByIdNumber_newChangedUnchangedAndMissing() throws Exception {
        Member zhang = street.zhangJianguo;
        Member li = street.liFang;
        Path f = Workbooks.xlsx(dir.resolve("rec.xlsx"), RosterSheets.sheet(
                RosterSheets.row(1, "张建国", zhang.idNumber(), "加入党组织日期", "1990-07-01", "转为正式党员日期", "1991-07-01",
                        "联系电话", "13912345678", "工作岗位", "退休人员"),
                RosterSheets.row(2, "李芳", li.idNumber(), "加入党组织日期", "2012-06-30", "转为正式党员日期", "2013-06-30",
                        "联系电话", "13700000000", "工作岗位", "退休人员"),
                RosterSheets.row(3, "周新", RosterSheets.id(1970, 8, 8, 41))));
        ImportPreview p = importer.preview(f, new ImportOptions(false, "阳光社区第一党支部"), Progress.NONE);
        assertThat(p.unchanged()).isEqualTo(1);
        assertThat(p.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().name()).isEqualTo("李芳");
            assertThat(c.diffs()).singleElement().satisfies(d -> {
                assertThat(d.column()).isEqualTo(RosterColumn.MOBILE_PHONE);
                assertThat(d.before()).isEqualTo("13912345678");
                assertThat(d.after()).isEqualTo("13700000000");
            });
        });
        assertThat(p.newMembers()).extracting(n -> n.member().name()).containsExactly("周新");
        assertThat(p.missing()).isEmpty(); // both members of branch 1 are in the file
    }

    @Test
    void apply_writesEverythingInOneTransaction_andCancelLeavesTheDatabaseAsBefore() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("a.xlsx"), RosterSheets.sheet(RosterSheets.row(1, "赵一", RosterSheets.id(1960, 1, 2, 11)),
                RosterSheets.row(2, "钱二", RosterSheets.id(1961, 1, 2, 13)), RosterSheets.row(3, "孙三", RosterSheets.id(1962, 1, 2, 15), "所在党支部", "新建第三党支部")));
        ImportPreview p = importer.preview(f, new ImportOptions(true, "中共阳光社区委员会"), Progress.NONE);
        assertThat(p.newBranches()).containsExactly("新建第三党支部");
        int before = count();
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> importer.apply(p, true, true, "中共阳光社区委员会", cancelAtOnce))
                .isInstanceOf(Progress.Cancelled.class);
        assertThat(count()).isEqualTo(before);
        assertThat(ts.services().orgs().loadTree().all()).noneMatch(o -> o.fullName().equals("新建第三党支部"));

        ImportResult result = importer.apply(p, true, true, "中共阳光社区委员会", Progress.NONE);
        assertThat(result.inserted()).isEqualTo(3);
        assertThat(result.branchesCreated()).isEqualTo(1);
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void unknownBranch_isAnError_unlessBranchesMayBeCreated() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("u.xlsx"), RosterSheets.sheet(RosterSheets.row(1, "赵一", RosterSheets.id(1960, 1, 2, 11), "所在党支部", "不存在党支部")));
        ImportPreview p = preview(f);
        assertThat(problemAt(p, 5)).contains("没有名为“不存在党支部”的党组织");
    }

    @Test
    void oldXls_andGbkCsv_readLikeXlsx() throws Exception {
        List<List<Object>> rows = RosterSheets.sheet(RosterSheets.row(1, "赵一", RosterSheets.id(1960, 1, 2, 11)), RosterSheets.row(2, "钱二", RosterSheets.id(1961, 1, 2, 13)));
        rows.remove(3); // CSV and this .xls have a one-row header
        List<Object> header = new ArrayList<>(RosterSheets.HEADER);
        header.set(11, "手机号码");
        rows.set(2, header);
        Path xls = Workbooks.xls(dir.resolve("r.xls"), rows);
        Path gbk = Workbooks.csv(dir.resolve("r-gbk.csv"), rows, Charset.forName("GBK"), false);
        Path utf8 = Workbooks.csv(dir.resolve("r-utf8.csv"), rows, StandardCharsets.UTF_8, true);
        for (Path f : List.of(xls, gbk, utf8)) {
            ImportPreview p = preview(f);
            assertThat(p.problems()).as(f.getFileName().toString()).isEmpty();
            assertThat(p.newMembers()).as(f.getFileName().toString())
                    .extracting(n -> n.member().name()).containsExactly("赵一", "钱二");
        }
    }

    @Test
    void fileThatIsNoTable_isRefusedWithAReason() throws Exception {
        Path exe = dir.resolve("roster.xlsx");
        java.nio.file.Files.write(exe, new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 0, 0, 0});
        assertThatThrownBy(() -> preview(exe)).isInstanceOf(TableReadException.class)
                .extracting(e -> ((TableReadException) e).reason()).isEqualTo(TableReadException.Reason.NOT_A_TABLE);
        Path noHeader = Workbooks.xlsx(dir.resolve("nh.xlsx"), List.of(List.of("a", "b"), List.of("1", "2")));
        assertThatThrownBy(() -> preview(noHeader)).isInstanceOf(TableReadException.class)
                .extracting(e -> ((TableReadException) e).reason()).isEqualTo(TableReadException.Reason.NO_HEADER);
    }

    private int count() {
        return ts.database().read(r -> r.members().counts().current());
    }

    private static String problemAt(ImportPreview p, int row) {
        return p.problems().stream().filter(x -> x.row() == row).map(x -> x.column() + "：" + x.message())
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }
}
