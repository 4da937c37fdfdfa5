package org.dangjiandesk.logic.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.RatingServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.AppraisalGrade;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PointCategory;
import org.dangjiandesk.model.PointEntry;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.RatingSheet;
import org.dangjiandesk.model.SheetLogEntry;
import org.dangjiandesk.model.SheetState;
import org.dangjiandesk.model.StarLevel;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private TestServices ts;
    private Services s;
    private TestStreet street;
    private RatingServices rating;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = TestStreet.create(s);
        rating = s.rating();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private static Map<String, BigDecimal> points(int a, int b, int c, int d) {
        return Map.of("ORG_LIFE", BigDecimal.valueOf(a), "STUDY", BigDecimal.valueOf(b),
                "DUTY", BigDecimal.valueOf(c), "VANGUARD", BigDecimal.valueOf(d));
    }

    private AssessmentRow row(Assessment a, long memberId) {
        return a.rows().stream().filter(r -> r.member().id() == memberId).findFirst().orElseThrow();
    }

    @Test
    void open_createsADraftOnTheYearsDefaultScheme_withEveryCurrentMember() {
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        assertThat(a.sheet().state()).isEqualTo(SheetState.DRAFT);
        assertThat(a.scheme().year()).isEqualTo(2026);
        assertThat(a.scheme().dimensions()).extracting(d -> d.name())
                .containsExactly("组织生活", "学习培训", "履行义务", "先锋作用");
        assertThat(a.rows()).extracting(r -> r.member().name()).containsExactlyInAnyOrder("张建国", "李芳");
        // opening again finds the same sheet
        assertThat(rating.assessments().open(street.branch1.id(), Q3).sheet().id()).isEqualTo(a.sheet().id());
    }

    @Test
    void open_refusesAnOrganisationThatIsNotABranch() {
        assertThatThrownBy(() -> rating.assessments().open(street.community.id(), Q3))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.notBranch");
    }

    @Test
    void savedLines_areThereWhenReopened_withTotalsAndStars() {
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        QuarterScore score = rating.assessments().saveRow(a.sheet().id(), row(a, street.zhangJianguo.id()).member(),
                points(24, 19, 14, 36), false);
        assertThat(score.total()).isEqualByComparingTo("93");
        assertThat(score.star()).isEqualTo(StarLevel.FIVE);
        Assessment again = rating.assessments().open(street.branch1.id(), Q3);
        assertThat(row(again, street.zhangJianguo.id()).points().get("VANGUARD")).isEqualByComparingTo("36");
        assertThat(rating.overview().total(Q3).count(StarLevel.FIVE)).isEqualTo(1);
    }

    @Test
    void frailMembers_areExemptByDefault() {
        var frail = s.roster().create(TestStreet.member("赵老汉", TestStreet.idNumber("320502",
                        LocalDate.of(1938, 5, 5), 11), street.branch1.id(), MemberCategory.FULL,
                LocalDate.of(1960, 7, 1)).toBuilder().frailExempt(true).build(), EventType.REGISTERED, null);
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        assertThat(row(a, frail.id()).exempt()).isTrue();
        assertThat(row(a, street.liFang.id()).exempt()).isFalse();
    }

    @Test
    void approvedLedgerPoints_flowIntoTheQuartersBonus_withinCaps() {
        long id = street.liFang.id();
        var entry = rating.points().add(new PointEntry(null, id, LocalDate.of(2026, 8, 1),
                PointCategory.PUBLIC_SERVICE, BigDecimal.valueOf(4), "微心愿认领", "王干事", null));
        rating.points().addForActivity(List.of(id, street.zhangJianguo.id()), LocalDate.of(2026, 9, 1),
                PointCategory.PUBLIC_SERVICE, BigDecimal.valueOf(3), "志愿服务日", "王干事");
        rating.points().add(new PointEntry(null, id, LocalDate.of(2026, 10, 1), PointCategory.VANGUARD,
                BigDecimal.valueOf(5), "next quarter", "王干事", null));
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        // nothing approved yet: no bonus
        QuarterScore before = rating.assessments().saveRow(a.sheet().id(), row(a, id).member(),
                points(20, 15, 12, 30), false);
        assertThat(before.total()).isEqualByComparingTo("77");
        assertThatThrownBy(() -> rating.points().approve(List.of(entry), "王干事"))
                .isInstanceOf(RatingException.class).hasMessage("rating.points.error.selfApproval");
        rating.points().approve(rating.points().pending(List.of(id)), "刘书记");
        // 4 + 3 公益服务 → cap 5; the October entry is in Q4
        QuarterScore after = rating.assessments().saveRow(a.sheet().id(), row(a, id).member(),
                points(20, 15, 12, 30), false);
        assertThat(after.bonus()).isEqualByComparingTo("5");
        assertThat(after.total()).isEqualByComparingTo("82");
        assertThat(after.star()).isEqualTo(StarLevel.FOUR);
    }

    @Test
    void workflow_submitApproveLocks_andReopeningIsRecordedWithItsReason() {
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        long sheet = a.sheet().id();
        var zhang = row(a, street.zhangJianguo.id()).member();
        rating.assessments().saveRow(sheet, zhang, points(24, 19, 14, 36), false);
        // 李芳 not scored yet: cannot submit
        assertThatThrownBy(() -> rating.assessments().step(sheet, RatingWorkflow.SUBMIT, "李书记", null))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.incomplete");
        rating.assessments().saveRow(sheet, row(a, street.liFang.id()).member(), points(20, 16, 12, 30), false);
        RatingSheet submitted = rating.assessments().step(sheet, RatingWorkflow.SUBMIT, "李书记", null);
        assertThat(submitted.state()).isEqualTo(SheetState.SUBMITTED);
        assertThatThrownBy(() -> rating.assessments().saveRow(sheet, zhang, points(1, 1, 1, 1), false))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.locked");
        assertThatThrownBy(() -> rating.assessments().step(sheet, RatingWorkflow.REOPEN, "街道", "x"))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.step");
        rating.assessments().step(sheet, RatingWorkflow.APPROVE, "街道组织委员", null);
        assertThatThrownBy(() -> rating.assessments().step(sheet, RatingWorkflow.REOPEN, "街道组织委员", " "))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.reasonNeeded");
        RatingSheet reopened = rating.assessments().step(sheet, RatingWorkflow.REOPEN, "街道组织委员", "分数录错");
        assertThat(reopened.state()).isEqualTo(SheetState.DRAFT);
        List<SheetLogEntry> log = rating.assessments().log(sheet);
        assertThat(log).extracting(SheetLogEntry::to)
                .containsExactly(SheetState.SUBMITTED, SheetState.APPROVED, SheetState.DRAFT);
        assertThat(log.get(2).reason()).isEqualTo("分数录错");
        assertThat(log.get(2).actor()).isEqualTo("街道组织委员");
        // a draft again: editable
        rating.assessments().saveRow(sheet, zhang, points(25, 19, 14, 36), false);
    }

    @Test
    void aSchemeInUse_isFrozen_andAcopyCanBeChanged() {
        Assessment a = rating.assessments().open(street.branch1.id(), Q3);
        RatingScheme used = a.scheme();
        assertThat(rating.schemes().isInUse(used.id())).isTrue();
        assertThatThrownBy(() -> rating.schemes().save(used))
                .isInstanceOf(RatingException.class).hasMessage("rating.error.frozen");
        RatingScheme copy = rating.schemes().copy(used.id(), 2026, "2026 年修订方案");
        assertThat(copy.id()).isNotEqualTo(used.id());
        RatingScheme changed = new RatingScheme(copy.id(), 2026, copy.name(), copy.dimensions(), copy.bonusCaps(),
                BigDecimal.valueOf(8), copy.deductionCap(), copy.ranges(), copy.quotas(), false, copy.appraisalRules());
        rating.schemes().save(changed);
        assertThat(rating.schemes().find(copy.id()).bonusCap()).isEqualByComparingTo("8");
        assertThat(rating.schemes().find(copy.id()).exemptFrail()).isFalse();
        // the copy is the year's scheme for new sheets; the open sheet keeps its own
        assertThat(rating.schemes().forYear(2026).id()).isEqualTo(copy.id());
        assertThat(rating.assessments().open(street.branch1.id(), Q3).scheme().id()).isEqualTo(used.id());
        assertThat(rating.assessments().open(street.branch2.id(), Q3).scheme().id()).isEqualTo(copy.id());
    }

    @Test
    void overviews_distributionPerBranchAndCommunity_belowThree_andTheYear() {
        Assessment a1 = rating.assessments().open(street.branch1.id(), Q3);
        rating.assessments().saveRow(a1.sheet().id(), row(a1, street.zhangJianguo.id()).member(),
                points(24, 19, 14, 36), false); // 93 ★5
        rating.assessments().saveRow(a1.sheet().id(), row(a1, street.liFang.id()).member(),
                points(15, 12, 10, 25), false); // 62 ★2
        Assessment a2 = rating.assessments().open(street.branch2.id(), Q3);
        rating.assessments().saveRow(a2.sheet().id(), row(a2, street.wangXiuying.id()).member(),
                points(20, 16, 12, 30), false); // 78 ★3
        List<StarDistribution> branches = rating.overview().byBranch(Q3);
        assertThat(branches).extracting(StarDistribution::name)
                .containsExactly("阳光社区第一党支部", "阳光社区第二党支部");
        assertThat(branches.get(0).count(StarLevel.FIVE)).isEqualTo(1);
        assertThat(branches.get(0).count(StarLevel.TWO)).isEqualTo(1);
        List<StarDistribution> communities = rating.overview().byCommunity(Q3);
        assertThat(communities).hasSize(1);
        assertThat(communities.get(0).rated()).isEqualTo(3);
        assertThat(rating.overview().below(Q3, StarLevel.THREE)).extracting(RatingOverview.LowRated::name)
                .containsExactly("李芳");
        rating.overview().setAppraisal(street.zhangJianguo.id(), 2026, AppraisalGrade.BASICALLY_QUALIFIED);
        List<MemberStars> year = rating.overview().year(street.branch1.id(), 2026);
        MemberStars zhang = year.stream().filter(m -> m.name().equals("张建国")).findFirst().orElseThrow();
        assertThat(zhang.stars()).containsEntry(Q3, StarLevel.FIVE);
        assertThat(zhang.annual().star()).isEqualTo(StarLevel.THREE); // 基本合格 caps at ★★★
    }
}
