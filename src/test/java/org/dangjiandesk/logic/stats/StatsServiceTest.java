package org.dangjiandesk.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjiandesk.logic.stats.StatsColumns.*;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.JoiningPeriod;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatsServiceTest {
    private static final StatPeriod Q3 = StatPeriod.parse("2026Q3");
    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);
    private TestServices ts;
    private Services s;
    private StatsStreet street;
    private StatsService stats;
    private StatsBase base;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = new StatsStreet(s);
        stats = s.stats().tables();
        base = stats.load();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void structure_atQuarterEnd_countsEachCommunityByEveryBreakdown() {
        StatTable t = stats.structure(base, street.street.id(), Q3_END);
        long a = street.sunshine.id();
        long b = street.moon.id();
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("中共阳光社区委员会", "中共明月社区委员会");
        assertThat(t.figure(a, TOTAL)).isEqualTo(5);
        assertThat(t.figure(b, TOTAL)).isEqualTo(5);
        assertThat(t.figure(null, TOTAL)).isEqualTo(10);
        assertThat(t.figure(a, PROBATIONARY)).isEqualTo(1);
        assertThat(t.figure(a, FULL)).isEqualTo(4);
        assertThat(t.figure(a, FEMALE)).isEqualTo(2);
        assertThat(t.figure(b, MINORITY)).isEqualTo(1);
        assertThat(t.figure(a, HIGHER_EDUCATION)).isEqualTo(3);
        assertThat(t.figure(b, HIGHER_EDUCATION)).as("大学专科 counts").isEqualTo(4);
        assertThat(t.figure(b, LOST_CONTACT)).isEqualTo(1);
        assertThat(t.figure(b, FLOATING)).as("外出流动 on 10-05 is after the period").isZero();
        assertThat(t.figure(a, OCCUPATION_GROUPS.stream().map(StatsColumns::occupation).findFirst().orElseThrow()))
                .isEqualTo(1);
        assertThat(t.figure(a, occupation("G6"))).isEqualTo(1);
        assertThat(t.figure(b, occupation("G8"))).as("林四, 林五, 林十一").isEqualTo(3);
    }

    @Test
    void structure_ageBands_countWholeYearsOnTheDay() {
        StatTable t = stats.structure(base, street.street.id(), Q3_END);
        long a = street.sunshine.id();
        long b = street.moon.id();
        // 林一 turns 30 on 09-30 (≤30), 林二 31 on 09-30 (31–35), 林三 is 30 until 10-01
        assertThat(t.figure(a, age(AgeBand.UP_TO_30))).isEqualTo(2);
        assertThat(t.figure(a, age(AgeBand.FROM_31_TO_35))).isEqualTo(1);
        assertThat(t.figure(b, age(AgeBand.UP_TO_30))).isEqualTo(1);
        assertThat(t.figure(b, age(AgeBand.FROM_61))).isEqualTo(3);
        StatTable nextDay = stats.structure(base, street.street.id(), Q3_END.plusDays(1));
        assertThat(nextDay.figure(b, age(AgeBand.UP_TO_30))).isZero();
        assertThat(nextDay.figure(b, age(AgeBand.FROM_31_TO_35))).isEqualTo(1);
    }

    @Test
    void structure_joiningPeriods_splitOnTheBoundaryDays() {
        StatTable t = stats.structure(base, street.street.id(), Q3_END);
        long b = street.moon.id();
        assertThat(t.figure(b, joining(JoiningPeriod.BEFORE_1949_10))).as("1949-09-30").isEqualTo(1);
        assertThat(t.figure(b, joining(JoiningPeriod.FROM_1949_10_TO_1978_12))).as("1978-12-31").isEqualTo(1);
        assertThat(t.figure(b, joining(JoiningPeriod.FROM_1979_01_TO_2012_10))).as("1979-01-01").isEqualTo(1);
        assertThat(t.figure(b, joining(JoiningPeriod.SINCE_2012_11))).as("2012-11-01, 2014").isEqualTo(2);
        long a = street.sunshine.id();
        assertThat(t.figure(a, joining(JoiningPeriod.FROM_1979_01_TO_2012_10))).as("2012-10-31, 2000").isEqualTo(2);
        assertThat(t.figure(a, joining(JoiningPeriod.SINCE_2012_11))).isEqualTo(3);
    }

    @Test
    void structure_ofCommunity_hasItsBranchesAsRows() {
        StatTable t = stats.structure(base, street.sunshine.id(), Q3_END);
        assertThat(t.rows()).hasSize(1);
        assertThat(t.figure(street.sunshineBranch.id(), TOTAL)).isEqualTo(5);
    }

    @Test
    void changes_ofQuarter_balanceWithMovesBetweenCommunities() {
        StatsService.Changes c = stats.changes(base, street.street.id(), Q3);
        StatTable t = c.table();
        long a = street.sunshine.id();
        long b = street.moon.id();
        assertThat(t.figure(a, OPENING)).isEqualTo(6);
        assertThat(t.figure(a, change(ChangeKind.DEVELOPED))).isEqualTo(1);
        assertThat(t.figure(a, change(ChangeKind.MOVED_OUT))).isEqualTo(1);
        assertThat(t.figure(a, change(ChangeKind.SUSPENDED))).isEqualTo(1);
        assertThat(t.figure(a, CLOSING)).isEqualTo(5);
        assertThat(t.figure(b, OPENING)).isEqualTo(5);
        assertThat(t.figure(b, change(ChangeKind.MOVED_IN))).isEqualTo(1);
        assertThat(t.figure(b, change(ChangeKind.DIED))).isEqualTo(1);
        assertThat(t.figure(b, CLOSING)).isEqualTo(5);
        assertThat(t.figure(null, OPENING)).isEqualTo(11);
        assertThat(t.figure(null, ADDED)).isEqualTo(2);
        assertThat(t.figure(null, REMOVED)).isEqualTo(3);
        assertThat(t.figure(null, CLOSING)).isEqualTo(10);
        assertThat(t.figure(null, change(ChangeKind.TRANSFERRED_OUT))).as("转出 on 10-10 is after Q3").isZero();
        assertThat(ChangeLedger.unbalancedRows(t)).isEmpty();
        assertThat(c.ledger()).extracting(LedgerEntry::name, LedgerEntry::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("林九", ChangeKind.SUSPENDED),
                org.assertj.core.groups.Tuple.tuple("林七", ChangeKind.DEVELOPED),
                org.assertj.core.groups.Tuple.tuple("林六", ChangeKind.MOVED_OUT),
                org.assertj.core.groups.Tuple.tuple("林六", ChangeKind.MOVED_IN),
                org.assertj.core.groups.Tuple.tuple("林八", ChangeKind.DIED));
    }

    @Test
    void changes_ofNextQuarter_startFromThisClosing() {
        StatTable t = stats.changes(base, street.street.id(), StatPeriod.parse("2026Q4")).table();
        assertThat(t.figure(null, OPENING)).isEqualTo(10);
        assertThat(t.figure(null, change(ChangeKind.TRANSFERRED_OUT))).isEqualTo(1);
        assertThat(t.figure(null, CLOSING)).isEqualTo(9);
    }

    @Test
    void orgCounts_countTypesGridsAndCompoundBranches() {
        StatTable t = stats.orgCounts(base, street.street.id(), Q3_END);
        long a = street.sunshine.id();
        long b = street.moon.id();
        assertThat(t.figure(a, orgType(OrgType.COMMITTEE))).isEqualTo(1);
        assertThat(t.figure(a, orgType(OrgType.BRANCH))).isEqualTo(1);
        assertThat(t.figure(a, orgType(OrgType.GROUP))).isEqualTo(1);
        assertThat(t.figure(b, GRIDS)).isEqualTo(1);
        assertThat(t.figure(b, COMPOUND_BRANCHES)).isEqualTo(1);
        assertThat(t.figure(null, orgType(OrgType.BRANCH))).isEqualTo(2);
    }

    @Test
    void dashboard_barsCountTheSubtreeAndOpenTheirMembers() {
        Dashboard d = stats.dashboard(base, street.moon.id(), Q3_END, List.of());
        assertThat(d.members()).isEqualTo(5);
        assertThat(d.chart(Dimension.AGE_BAND).count(AgeBand.FROM_61.name())).isEqualTo(3);
        assertThat(d.membersOf(Dimension.AGE_BAND, AgeBand.UP_TO_30.name())).containsExactly(street.m3.id());
        assertThat(d.chart(Dimension.SEX).total()).isEqualTo(5);
        Dashboard all = stats.dashboard(base, street.street.id(), Q3_END, List.of());
        assertThat(all.chart(Dimension.OCCUPATION).count(MemberBreakdowns.MISSING)).isEqualTo(1);
        assertThat(all.membersOf(Dimension.EDUCATION, MemberBreakdowns.MISSING)).containsExactly(street.m12.id());
        assertThat(all.chart(Dimension.CATEGORY).count("PROBATIONARY")).isEqualTo(1);
    }

    @Test
    void missingFields_listCountedMembersWithoutEducationOrPost() {
        assertThat(stats.missingFields(base, Q3_END)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("林十二");
            assertThat(m.fields()).containsExactly("学历", "工作岗位");
        });
    }
}
