package org.dangjiandesk.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandProjects;
import org.dangjiandesk.logic.rating.Assessment;
import org.dangjiandesk.logic.rating.RatingWorkflow;
import org.dangjiandesk.logic.training.SessionDays;
import org.dangjiandesk.logic.training.TrainingNorms;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatedMember;
import org.dangjiandesk.model.RatingScheme;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Star rating, training and brand projects log every change in the transaction that makes it, field by field, as
 * the logged-in user, under a target naming the kind of record and its id; the chain stays intact.
 */
class FeatureAuditTest {
    private TestServices ts;
    private Services s;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = TestStreet.create(s);
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private AuditEntry latest(String targetPrefix) {
        return s.security().audit().find(AuditQuery.latest(1000)).stream()
                .filter(e -> e.target().startsWith(targetPrefix)).findFirst().orElseThrow();
    }

    private void assertChainIntact() {
        assertThat(s.security().audit().verify().intact()).isTrue();
    }

    @Test
    void ratingLineEdit_schemeEdit_andApproval_areLoggedBeforeAndAfter() {
        Assessment a = s.rating().assessments().open(street.branch1.id(), new Quarter(2026, 3));
        long sheet = a.sheet().id();
        RatedMember zhang = a.rows().stream().filter(r -> r.member().id() == street.zhangJianguo.id())
                .findFirst().orElseThrow().member();
        s.rating().assessments().saveRow(sheet, zhang, points(10), false);
        s.rating().assessments().saveRow(sheet, zhang, points(12), false);

        AuditEntry line = latest("ratingLine #" + sheet + "/" + zhang.id());
        assertThat(line.action()).isEqualTo(AuditAction.RECORD_CHANGED);
        assertThat(line.loginName()).isEqualTo("clerk");
        assertThat(line.details()).isEqualTo("points: {DUTY=10.0, ORG_LIFE=10.0, STUDY=10.0, VANGUARD=10.0}"
                + " → {DUTY=12.0, ORG_LIFE=12.0, STUDY=12.0, VANGUARD=12.0}");

        RatingScheme scheme = s.rating().schemes().copy(a.scheme().id(), 2027, "2027 年方案");
        s.rating().schemes().save(new RatingScheme(scheme.id(), scheme.year(), "2027 年试行方案", scheme.dimensions(),
                scheme.bonusCaps(), scheme.bonusCap(), scheme.deductionCap(), scheme.ranges(), scheme.quotas(),
                scheme.exemptFrail(), scheme.appraisalRules()));
        assertThat(latest("ratingScheme #" + scheme.id()).details()).isEqualTo("name: 2027 年方案 → 2027 年试行方案");

        for (var row : a.rows()) {
            s.rating().assessments().saveRow(sheet, row.member(), points(10), false);
        }
        s.rating().assessments().step(sheet, RatingWorkflow.SUBMIT, "李书记", null);
        s.rating().assessments().step(sheet, RatingWorkflow.APPROVE, "街道组织委员", null);
        assertThat(latest("ratingSheet #" + sheet).details()).isEqualTo("state: SUBMITTED → APPROVED");
        assertChainIntact();
    }

    @Test
    void trainingSessionEdit_attendance_andNorms_areLoggedBeforeAndAfter() {
        TrainingSession saved = s.training().sessions().save(new TrainingSession(null, 0, "书记培训班",
                TrainingType.SECRETARY_CLASS, street.community.id(), TrainingAudience.ALL_MEMBERS, null, "社区党群服务中心",
                "李老师", null, SessionDays.consecutive(LocalDate.of(2026, 3, 2), null, new BigDecimal("8"))));
        assertThat(latest("trainingSession #" + saved.id()).action()).isEqualTo(AuditAction.RECORD_CREATED);
        s.training().sessions().save(new TrainingSession(saved.id(), saved.version(), saved.title(), saved.type(),
                saved.orgId(), saved.audience(), null, "党群服务中心", "王老师", null, saved.days()));
        AuditEntry edit = latest("trainingSession #" + saved.id());
        assertThat(edit.action()).isEqualTo(AuditAction.RECORD_CHANGED);
        assertThat(edit.details()).isEqualTo("place: 社区党群服务中心 → 党群服务中心\nlecturer: 李老师 → 王老师");

        s.training().sessions().addAttendees(saved.id(), List.of(street.liFang.id()));
        s.training().sessions().mark(saved.id(), List.of(street.liFang.id()), AttendanceStatus.EXCUSED);
        assertThat(latest("trainingAttendance #" + saved.id()).details())
                .isEqualTo("member #" + street.liFang.id() + ": PRESENT → EXCUSED");

        TrainingNorms norms = s.training().sessions().norms();
        s.training().sessions().saveNorms(new TrainingNorms(new BigDecimal("40"), norms.leaderHours()));
        assertThat(latest("trainingNorms").details()).isEqualTo("memberHours: " + norms.memberHours() + " → 40");

        s.training().sessions().delete(saved.id());
        assertThat(latest("trainingSession #" + saved.id()).action()).isEqualTo(AuditAction.RECORD_DELETED);
        assertChainIntact();
    }

    @Test
    void brandProjectEdit_step_andScore_areLoggedBeforeAndAfter() {
        BrandProject p = s.brand().projects().apply(BrandProjects.draft("银龄助餐", street.branch1.id(), null),
                LocalDate.of(2026, 3, 1), null);
        s.brand().projects().update(new BrandProject(p.id(), "银龄助餐点", p.category(), p.orgId(), p.leaderId(),
                p.year(), p.summary(), p.goals(), p.planned(), new BigDecimal("12000.00"), p.status(), p.version()));
        AuditEntry edit = latest("brandProject #" + p.id());
        assertThat(edit.action()).isEqualTo(AuditAction.RECORD_CHANGED);
        assertThat(edit.details()).isEqualTo("name: 银龄助餐 → 银龄助餐点\nbudget: 10000.00 → 12000.00");

        s.brand().projects().move(p.id(), BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), null);
        assertThat(latest("brandProject #" + p.id()).details()).isEqualTo("status: APPLIED → APPROVED");
        assertThat(latest("brandStep #" + p.id()).details()).contains("from: ∅ → APPLIED", "to: ∅ → APPROVED");
        assertChainIntact();
    }

    @Test
    void brandScore_isLoggedBeforeAndAfter() {
        long project = BrandProjects.running(s.brand().projects(), street, "红色物业");
        EvaluationRound round = s.brand().evaluations().create(new EvaluationRound(null, "2026 年度展评", 2026,
                LocalDate.of(2026, 10, 8), false, AwardRule.TOP_RANKS, 1, 0,
                List.of(new EvaluationCriterion(null, "创新性", 100)), List.of(new Judge(null, "评委甲")),
                List.of(project)));
        assertThat(latest("brandRound #" + round.id()).action()).isEqualTo(AuditAction.RECORD_CREATED);
        long judge = round.judges().get(0).id();
        long criterion = round.criteria().get(0).id();
        s.brand().evaluations().score(judge, project, criterion, 80.0);
        s.brand().evaluations().score(judge, project, criterion, 85.5);
        assertThat(latest("brandScore #" + project + "/" + criterion + "/" + judge).details())
                .isEqualTo("points: 80.0 → 85.5");
        assertChainIntact();
    }

    private static Map<String, BigDecimal> points(int each) {
        BigDecimal p = BigDecimal.valueOf(each);
        return Map.of("ORG_LIFE", p, "STUDY", p, "DUTY", p, "VANGUARD", p);
    }
}
