package org.dangjiandesk.logic.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.org.MemberCounts.Count;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.junit.jupiter.api.Test;

/** Worked examples of the organisation rules, at the edges where a warning starts. */
class OrgRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final OrgRules rules = new OrgRules();

    private List<String> keys(OrgUnit org, Count count) {
        return rules.check(org, count, TODAY).stream().map(OrgWarning::messageKey).toList();
    }

    private static OrgUnit branch() {
        return org(OrgType.BRANCH);
    }

    private static OrgUnit org(OrgType type) {
        return OrgUnit.create(1L, type, "阳光社区第一党支部").withId(10L);
    }

    private static OrgUnit withCommittee(OrgUnit o) {
        return new OrgUnit(o.id(), o.parentId(), o.type(), o.fullName(), o.shortName(), o.orgCode(), o.foundedOn(),
                o.foundingDocNo(), o.secretaryName(), o.contactName(), o.contactPhone(), o.unitSituation(),
                o.adminArea(), o.mayApproveProbationary(), true, o.termStart(), o.termEnd(), o.status(),
                o.dissolvedOn(), o.dissolvedReason(), o.placeId(), o.sortOrder(), o.version());
    }

    @Test
    void branchWithTwoFullMembers_isWarnedTooFew_withTheNumbers() {
        // 2 full + 1 probationary: probationary members do not count towards the 3
        List<OrgWarning> w = rules.check(branch(), new Count(2, 1), TODAY);
        assertThat(w).containsExactly(OrgWarning.of("org.warning.tooFewFull", 2, 3));
    }

    @Test
    void branchWithThreeFullMembers_isNotWarned() {
        assertThat(keys(branch(), new Count(3, 0))).isEmpty();
    }

    @Test
    void groupWithTwoMembers_isNotABranch_andNotWarned() {
        assertThat(keys(org(OrgType.GROUP), new Count(2, 0))).isEmpty();
    }

    @Test
    void branchWithFiftyMembers_isNotTooBig_butFiftyOneIs() {
        OrgUnit b = withCommittee(branch());
        assertThat(keys(b, new Count(45, 5))).isEmpty();
        assertThat(rules.check(b, new Count(45, 6), TODAY))
                .containsExactly(OrgWarning.of("org.warning.tooManyForBranch", 51, 50));
    }

    @Test
    void generalBranch_isWarnedFromOneHundredMembers() {
        OrgUnit g = withCommittee(org(OrgType.GENERAL_BRANCH));
        assertThat(keys(g, new Count(99, 0))).isEmpty();
        assertThat(keys(g, new Count(100, 0))).containsExactly("org.warning.tooManyForGeneralBranch");
    }

    @Test
    void sixFullMembers_needNoCommittee_sevenDo() {
        assertThat(keys(branch(), new Count(6, 3))).isEmpty();
        assertThat(rules.check(branch(), new Count(7, 0), TODAY))
                .containsExactly(OrgWarning.of("org.warning.committeeNeeded", 7, 7));
        assertThat(keys(withCommittee(branch()), new Count(7, 0))).isEmpty();
    }

    @Test
    void committeeAndGeneralBranch_areNeverAskedToElectACommittee() {
        assertThat(keys(org(OrgType.COMMITTEE), new Count(35, 4))).isEmpty();
        assertThat(keys(org(OrgType.GENERAL_BRANCH), new Count(60, 0))).isEmpty();
        assertThat(keys(org(OrgType.JOINT_BRANCH), new Count(7, 0))).containsExactly("org.warning.committeeNeeded");
    }

    @Test
    void termEndingInNinetyDays_isWarned_inNinetyOneDaysNot() {
        OrgUnit b = branch().withTerm(LocalDate.of(2024, 2, 20), TODAY.plusDays(90));
        assertThat(rules.check(b, new Count(3, 0), TODAY))
                .containsExactly(OrgWarning.of("org.warning.termEndingSoon", LocalDate.of(2027, 2, 20), 90L));
        OrgUnit later = branch().withTerm(LocalDate.of(2024, 2, 21), TODAY.plusDays(91));
        assertThat(keys(later, new Count(3, 0))).isEmpty();
    }

    @Test
    void termEndingToday_isStillDue_notOverdue() {
        OrgUnit b = branch().withTerm(LocalDate.of(2023, 11, 22), TODAY);
        assertThat(rules.check(b, new Count(3, 0), TODAY))
                .containsExactly(OrgWarning.of("org.warning.termEndingSoon", TODAY, 0L));
    }

    @Test
    void termEndedYesterday_isOverdueByOneDay() {
        OrgUnit b = branch().withTerm(LocalDate.of(2023, 11, 21), TODAY.minusDays(1));
        assertThat(rules.check(b, new Count(3, 0), TODAY))
                .containsExactly(OrgWarning.of("org.warning.termOverdue", LocalDate.of(2026, 11, 21), 1L));
    }

    @Test
    void dissolvedOrganisation_getsNoWarnings() {
        OrgUnit b = branch().withTerm(null, TODAY.minusYears(1)).dissolved(TODAY, "合并");
        assertThat(keys(b, new Count(0, 0))).isEmpty();
    }

    @Test
    void termYears_areFiveForCommitteesAndCommunities_threeForBranchesElsewhere() {
        assertThat(OrgRules.termYears(OrgType.COMMITTEE, false)).isEqualTo(5);
        assertThat(OrgRules.termYears(OrgType.WORKING_COMMITTEE, false)).isEqualTo(5);
        assertThat(OrgRules.termYears(OrgType.GENERAL_BRANCH, false)).isEqualTo(3);
        assertThat(OrgRules.termYears(OrgType.BRANCH, false)).isEqualTo(3);
        assertThat(OrgRules.termYears(OrgType.BRANCH, true)).isEqualTo(5);
    }

    @Test
    void proposedTermEnd_isTheSameDayAfterTheTerm() {
        assertThat(OrgRules.proposedTermEnd(OrgType.BRANCH, false, LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(OrgRules.proposedTermEnd(OrgType.BRANCH, true, LocalDate.of(2021, 6, 15)))
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void orgCode_isEmptyOrTwelveDigits() {
        assertThat(OrgRules.isValidOrgCode(null)).isTrue();
        assertThat(OrgRules.isValidOrgCode(" ")).isTrue();
        assertThat(OrgRules.isValidOrgCode("320500000001")).isTrue();
        assertThat(OrgRules.isValidOrgCode(" 320500000001 ")).isTrue();
        assertThat(OrgRules.isValidOrgCode("32050000001")).isFalse();
        assertThat(OrgRules.isValidOrgCode("3205000000012")).isFalse();
        assertThat(OrgRules.isValidOrgCode("32050000000A")).isFalse();
    }
}
