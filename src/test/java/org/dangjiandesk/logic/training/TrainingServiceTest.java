package org.dangjiandesk.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.model.AttendanceStatus;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingDay;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {
    private TestServices ts;
    private TestStreet street;
    private TrainingService training;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        training = ts.services().training().sessions();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void sessionAcrossNewYear_addsEachDaysHoursToItsOwnYear() {
        TrainingSession s = save("跨年书记培训班", TrainingType.SECRETARY_CLASS,
                days(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2), "8"));
        training.addAttendees(s.id(), List.of(street.zhangJianguo.id()));

        assertThat(hours(street.zhangJianguo, 2025)).isEqualByComparingTo("16");
        assertThat(hours(street.zhangJianguo, 2026)).isEqualByComparingTo("16");
        assertThat(training.sessionsIn(2025)).extracting(TrainingSession::id).containsExactly(s.id());
        assertThat(training.sessionsIn(2026)).extracting(TrainingSession::id).containsExactly(s.id());
        assertThat(training.sessionsIn(2026).get(0).days()).hasSize(4); // days outside the year still belong to it
    }

    @Test
    void severalSessions_addUp_andOnlyPresenceCounts() {
        TrainingSession course = save("示范培训班", TrainingType.MODEL_CLASS,
                days(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 10), "8")); // 24 h
        TrainingSession lecture = save("微党课", TrainingType.PARTY_LECTURE,
                days(LocalDate.of(2026, 6, 1), null, "4"));
        long zhang = street.zhangJianguo.id();
        long li = street.liFang.id();
        long wang = street.wangXiuying.id();
        training.addAttendees(course.id(), List.of(zhang, li, wang));
        training.addAttendees(lecture.id(), List.of(zhang, li));
        training.mark(course.id(), List.of(li), AttendanceStatus.EXCUSED);
        training.mark(lecture.id(), List.of(li), AttendanceStatus.ABSENT);

        assertThat(hours(street.zhangJianguo, 2026)).isEqualByComparingTo("28");
        assertThat(hours(street.liFang, 2026)).isEqualByComparingTo("0");
        assertThat(hours(street.wangXiuying, 2026)).isEqualByComparingTo("24");
        assertThat(training.belowNorm(2026, null)).extracting(MemberStanding::name, m -> m.gap().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张建国", 4),
                        org.assertj.core.groups.Tuple.tuple("李芳", 32),
                        org.assertj.core.groups.Tuple.tuple("王秀英", 8));
    }

    @Test
    void standings_addFractionalHoursExactly_countOnlyTheYearsDays_andAgreeWithYearHours() {
        TrainingSession acrossNewYear = save("跨年培训班", TrainingType.MODEL_CLASS,
                days(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), "2.5")); // 5 h in 2026, 2.5 h in 2025
        TrainingSession lecture = save("微党课", TrainingType.PARTY_LECTURE, days(LocalDate.of(2026, 3, 5), null, "0.1"));
        TrainingSession nextYear = save("明年的课", TrainingType.PARTY_LECTURE, days(LocalDate.of(2027, 1, 4), null, "8"));
        long zhang = street.zhangJianguo.id();
        long li = street.liFang.id();
        training.addAttendees(acrossNewYear.id(), List.of(zhang, li));
        training.addAttendees(lecture.id(), List.of(zhang, li));
        training.addAttendees(nextYear.id(), List.of(zhang));
        training.mark(acrossNewYear.id(), List.of(li), AttendanceStatus.ABSENT);

        var byId = new java.util.HashMap<Long, MemberStanding>();
        training.standings(2026).forEach(m -> byId.put(m.memberId(), m));

        assertThat(byId.get(zhang).hours()).isEqualByComparingTo("5.1");
        assertThat(byId.get(li).hours()).isEqualByComparingTo("0.1");
        assertThat(byId.get(street.wangXiuying.id()).hours()).isEqualByComparingTo("0");
        assertThat(byId.get(zhang).gap()).isEqualByComparingTo("26.9");
        assertThat(hours(street.zhangJianguo, 2026)).isEqualByComparingTo(byId.get(zhang).hours());
        assertThat(hours(street.liFang, 2026)).isEqualByComparingTo(byId.get(li).hours());
        assertThat(training.standings(2025)).filteredOn(m -> m.memberId() == zhang)
                .extracting(MemberStanding::hours).singleElement().satisfies(h -> assertThat(h).isEqualByComparingTo("2.5"));
        assertThat(training.standings(2024)).allSatisfy(m -> assertThat(m.hours()).isEqualByComparingTo("0"));
    }

    @Test
    void secretaryWith40Hours_isBelow56_whileAMemberWith40IsNot() {
        setPost(street.zhangJianguo, "党支部书记");
        TrainingSession s = save("书记培训班", TrainingType.SECRETARY_CLASS,
                days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "8")); // 40 h
        training.addAttendees(s.id(), List.of(street.zhangJianguo.id(), street.liFang.id()));

        List<MemberStanding> below = training.belowNorm(2026, null);
        assertThat(below).extracting(MemberStanding::name).contains("张建国").doesNotContain("李芳");
        MemberStanding zhang = below.stream().filter(m -> m.name().equals("张建国")).findFirst().orElseThrow();
        assertThat(zhang.kind()).isEqualTo(NormKind.LEADER);
        assertThat(zhang.norm()).isEqualByComparingTo("56");
        assertThat(zhang.gap()).isEqualByComparingTo("16");
    }

    @Test
    void frailExemptMember_withNoHours_isNotBelowTheNorm() {
        Member wang = ts.services().roster().find(street.wangXiuying.id()).orElseThrow();
        ts.services().roster().update(wang.toBuilder().frailExempt(true).build());

        assertThat(training.belowNorm(2026, null)).extracting(MemberStanding::name)
                .containsExactlyInAnyOrder("张建国", "李芳");
        assertThat(training.standings(2026)).filteredOn(m -> m.name().equals("王秀英"))
                .extracting(MemberStanding::kind).containsExactly(NormKind.EXEMPT);
    }

    @Test
    void normsAreConfigurable() {
        TrainingSession s = save("红色研学", TrainingType.RED_STUDY, days(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 4), "8"));
        training.addAttendees(s.id(), List.of(street.liFang.id())); // 32 h
        assertThat(training.belowNorm(2026, null)).extracting(MemberStanding::name).doesNotContain("李芳");

        training.saveNorms(new TrainingNorms(new BigDecimal("40"), new BigDecimal("60")));

        assertThat(training.norms().memberHours()).isEqualByComparingTo("40");
        assertThat(training.belowNorm(2026, null)).extracting(MemberStanding::name).contains("李芳");
    }

    @Test
    void belowNorm_narrowsToAnOrganisationsSubtree() {
        var branch2 = ts.services().orgs().loadTree().subtreeIds(street.branch2.id());
        assertThat(training.belowNorm(2026, branch2)).extracting(MemberStanding::name).containsExactly("王秀英");
    }

    @Test
    void weeksLeft_countsStartedWeeksToTheEndOfTheYear() {
        assertThat(training.weeksLeft(2026)).isEqualTo(6); // 22 Nov – 31 Dec: 40 days
        assertThat(training.weeksLeft(2025)).isZero();
    }

    @Test
    void orgStats_countSessionsAndAttendanceUpTheTree() {
        TrainingSession s = save("主题党日", TrainingType.THEME_DAY, days(LocalDate.of(2026, 9, 1), null, "4"));
        TrainingSession s2 = new TrainingSession(null, 0, "支部学习", TrainingType.BRANCH_STUDY, street.branch2.id(),
                TrainingAudience.ALL_MEMBERS, null, null, null, null, days(LocalDate.of(2026, 9, 2), null, "2"));
        s2 = training.save(s2);
        training.addAttendees(s.id(), List.of(street.zhangJianguo.id(), street.liFang.id()));
        training.mark(s.id(), List.of(street.liFang.id()), AttendanceStatus.ABSENT);
        training.addAttendees(s2.id(), List.of(street.wangXiuying.id()));

        List<OrgTrainingStats> stats = training.orgStats(2026, null);
        OrgTrainingStats top = stats.get(0);
        assertThat(top.orgId()).isEqualTo(street.street.id());
        assertThat(top.sessions()).isEqualTo(2);
        assertThat(top.expected()).isEqualTo(3);
        assertThat(top.present()).isEqualTo(2);
        assertThat(top.members()).isEqualTo(3);
        OrgTrainingStats b1 = stats.stream().filter(o -> o.orgId() == street.branch1.id()).findFirst().orElseThrow();
        assertThat(b1.sessions()).isZero(); // the community held it
        assertThat(b1.expected()).isEqualTo(2);
        assertThat(b1.attendanceRate()).isEqualTo(0.5);
        OrgTrainingStats b2 = stats.stream().filter(o -> o.orgId() == street.branch2.id()).findFirst().orElseThrow();
        assertThat(b2.sessions()).isEqualTo(1);
        assertThat(b2.members()).isEqualTo(1);
        assertThat(b2.meetingNorm()).isZero();
    }

    @Test
    void sessionWithoutTitle_isRefused() {
        assertThatThrownBy(() -> save(" ", TrainingType.THEME_DAY, days(LocalDate.of(2026, 1, 5), null, "4")))
                .isInstanceOf(TrainingException.class).hasMessage("training.error.title");
        assertThatThrownBy(() -> save("x", TrainingType.THEME_DAY, days(LocalDate.of(2026, 1, 5), null, "25")))
                .isInstanceOf(TrainingException.class).hasMessage("training.error.hours");
        assertThatThrownBy(() -> SessionDays.consecutive(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 4), BigDecimal.ONE))
                .isInstanceOf(TrainingException.class).hasMessage("training.error.endBeforeStart");
    }

    @Test
    void changingTheDays_changesTheHours() {
        TrainingSession s = save("书记培训班", TrainingType.SECRETARY_CLASS, days(LocalDate.of(2026, 3, 2), null, "8"));
        training.addAttendees(s.id(), List.of(street.liFang.id()));
        TrainingSession longer = new TrainingSession(s.id(), s.version(), s.title(), s.type(), s.orgId(), s.audience(),
                null, "党群服务中心", "王老师", null, days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), "6"));
        training.save(longer);
        assertThat(hours(street.liFang, 2026)).isEqualByComparingTo("12");
    }

    private TrainingSession save(String title, TrainingType type, List<TrainingDay> days) {
        return training.save(new TrainingSession(null, 0, title, type, street.community.id(), TrainingAudience.ALL_MEMBERS,
                null, "社区党群服务中心", "李老师", null, days));
    }

    private static List<TrainingDay> days(LocalDate first, LocalDate last, String hours) {
        return SessionDays.consecutive(first, last, new BigDecimal(hours));
    }

    private BigDecimal hours(Member m, int year) {
        return training.yearHours(List.of(m.id()), year).get(m.id());
    }

    private void setPost(Member m, String post) {
        Member current = ts.services().roster().find(m.id()).orElseThrow();
        ts.services().roster().update(current.toBuilder().partyPost(post).build());
    }
}
