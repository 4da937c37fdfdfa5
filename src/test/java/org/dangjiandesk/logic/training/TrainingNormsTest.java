package org.dangjiandesk.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.model.TrainingAudience;
import org.dangjiandesk.model.TrainingDay;
import org.dangjiandesk.model.TrainingSession;
import org.dangjiandesk.model.TrainingType;
import org.junit.jupiter.api.Test;

class TrainingNormsTest {
    private static final TrainingNorms NORMS = TrainingNorms.DEFAULT;

    @Test
    void ordinaryMember_has32Hours_secretariesAndCommitteeMembers56() {
        assertThat(NORMS.hoursFor(TrainingNorms.kindOf(null, false))).isEqualByComparingTo("32");
        assertThat(NORMS.hoursFor(TrainingNorms.kindOf("党员", false))).isEqualByComparingTo("32");
        assertThat(TrainingNorms.kindOf("党支部书记", false)).isEqualTo(NormKind.LEADER);
        assertThat(TrainingNorms.kindOf("副书记", false)).isEqualTo(NormKind.LEADER);
        assertThat(TrainingNorms.kindOf("组织委员", false)).isEqualTo(NormKind.LEADER);
        assertThat(NORMS.hoursFor(NormKind.LEADER)).isEqualByComparingTo("56");
    }

    @Test
    void frailMember_isExempt_evenWhenSecretary() {
        assertThat(TrainingNorms.kindOf("党支部书记", true)).isEqualTo(NormKind.EXEMPT);
        assertThat(NORMS.hoursFor(NormKind.EXEMPT)).isEqualByComparingTo("0");
        MemberStanding s = new MemberStanding(1, "王", 1, null, NormKind.EXEMPT, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(s.meetsNorm()).isTrue();
    }

    @Test
    void gap_isWhatIsMissing_andNeverNegative() {
        MemberStanding below = new MemberStanding(1, "张", 1, null, NormKind.MEMBER, new BigDecimal("32"), new BigDecimal("28"));
        MemberStanding above = new MemberStanding(1, "张", 1, null, NormKind.MEMBER, new BigDecimal("32"), new BigDecimal("40"));
        assertThat(below.gap()).isEqualByComparingTo("4");
        assertThat(below.meetsNorm()).isFalse();
        assertThat(above.gap()).isEqualByComparingTo("0");
        assertThat(above.meetsNorm()).isTrue();
    }

    @Test
    void sessionSpanningNewYear_countsEachDayInItsOwnYear() {
        TrainingSession s = session(SessionDays.consecutive(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2),
                new BigDecimal("8")));
        assertThat(s.days()).hasSize(4);
        assertThat(s.totalHours()).isEqualByComparingTo("32");
        assertThat(s.hoursIn(2025)).isEqualByComparingTo("16");
        assertThat(s.hoursIn(2026)).isEqualByComparingTo("16");
        assertThat(s.hoursIn(2027)).isEqualByComparingTo("0");
    }

    @Test
    void daysWithTheirOwnHours_addUp_inDateOrder() {
        TrainingSession s = session(List.of(new TrainingDay(LocalDate.of(2026, 5, 2), new BigDecimal("4")),
                new TrainingDay(LocalDate.of(2026, 5, 1), new BigDecimal("8"))));
        assertThat(s.firstDay()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(s.lastDay()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(s.hoursIn(2026)).isEqualByComparingTo("12");
    }

    @Test
    void defaultHours_fullDay8_halfDay4() {
        assertThat(TrainingType.SECRETARY_CLASS.defaultHoursPerDay()).isEqualByComparingTo("8");
        assertThat(TrainingType.LEADER_FORUM.defaultHoursPerDay()).isEqualByComparingTo("4");
    }

    @Test
    void perWeek_spreadsTheGapOverTheWeeksLeft_roundingUp() {
        assertThat(org.dangjiandesk.logic.excel.training.TrainingSheets.perWeek(new BigDecimal("20"), 6))
                .isEqualByComparingTo("3.4");
        assertThat(org.dangjiandesk.logic.excel.training.TrainingSheets.perWeek(new BigDecimal("20"), 0))
                .isEqualByComparingTo("20");
    }

    private static TrainingSession session(List<TrainingDay> days) {
        return new TrainingSession(null, 0, "书记培训班", TrainingType.SECRETARY_CLASS, 1, TrainingAudience.ALL_MEMBERS,
                null, null, null, null, days);
    }
}
