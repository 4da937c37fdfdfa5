package org.dangjiandesk.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeriodServiceTest {
    private static final StatPeriod Q3 = StatPeriod.parse("2026Q3");
    private TestServices ts;
    private Services s;
    private StatsStreet street;
    private PeriodService periods;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = new StatsStreet(s);
        periods = s.stats().periods();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void close_keepsTheReport_soALateBackdatedEventDoesNotChangeIt() {
        PeriodReport closed = periods.close(Q3, false);
        assertThat(closed.fromClosedPeriod()).isTrue();
        StatsStreet.event(s, street.m5, EventType.DIED, LocalDate.of(2026, 9, 20), null, null);

        PeriodReport again = periods.report(Q3);
        assertThat(again.tables()).isEqualTo(closed.tables());
        assertThat(again.table(TableKind.CHANGES).figure(null, StatsColumns.CLOSING)).isEqualTo(10);
        assertThat(again.ledger()).hasSize(5);
        PeriodReport now = s.stats().tables().compute(s.stats().tables().load(), Q3);
        assertThat(now.table(TableKind.CHANGES).figure(null, StatsColumns.CLOSING)).isEqualTo(9);
    }

    @Test
    void preflight_afterBackdatedEvent_reportsOpeningDifferentFromLastClosing() {
        periods.close(Q3, false);
        StatsStreet.event(s, street.m5, EventType.DIED, LocalDate.of(2026, 9, 20), null, null);

        Preflight.Result r = periods.preflight(StatPeriod.parse("2026Q4"));

        assertThat(r.passed()).isFalse();
        assertThat(r.checks()).anySatisfy(c -> {
            assertThat(c.level()).isEqualTo(Check.Level.ERROR);
            assertThat(c.text()).contains("期初数与上期（2026Q3）期末数不一致").contains("中共明月社区委员会 本期期初 4，上期期末 5");
        });
    }

    @Test
    void preflight_ofBrokenBalance_isAnError() {
        PeriodReport report = s.stats().tables().compute(s.stats().tables().load(), Q3);
        StatTable changes = report.table(TableKind.CHANGES);
        int closing = changes.column(StatsColumns.CLOSING);
        int[] figures = changes.rows().get(0).figures();
        figures[closing] += 1; // one member more at the closing than the ledger explains
        List<StatRow> rows = new ArrayList<>(changes.rows());
        rows.set(0, new StatRow(rows.get(0).orgId(), rows.get(0).label(), figures));
        List<org.dangjiandesk.model.StatTable> tables = new ArrayList<>(report.tables());
        tables.set(tables.indexOf(changes), new StatTable(TableKind.CHANGES, changes.columns(), rows, changes.total()));
        PeriodReport broken = new PeriodReport(Q3, report.unitName(), tables, report.ledger(), null);

        Preflight.Result r = Preflight.run(broken, null, List.of(), s.messages());

        assertThat(r.passed()).isFalse();
        assertThat(r.checks()).anySatisfy(c -> assertThat(c.text())
                .isEqualTo("增减不平衡：中共阳光社区委员会：6 + 1 − 2 = 5，但期末为 6。"));
    }

    @Test
    void preflight_ofCleanQuarter_passesWithWarnings() {
        Preflight.Result r = periods.preflight(Q3);
        assertThat(r.passed()).isTrue();
        assertThat(r.checks()).extracting(Check::text).contains(
                "期初 11 + 增加 2 − 减少 3 = 期末 10，各行均平衡。",
                "停止党籍：1 人，均已列入名单。",
                "恢复党籍：0 人，均已列入名单。");
        assertThat(r.checks()).anySatisfy(c -> {
            assertThat(c.level()).isEqualTo(Check.Level.WARNING);
            assertThat(c.members()).extracting(MissingFields::name).containsExactly("林十二");
        });
    }

    @Test
    void preflight_nameListMissingASuspension_isAnError() {
        PeriodReport report = s.stats().tables().compute(s.stats().tables().load(), Q3);
        PeriodReport withoutList = new PeriodReport(Q3, report.unitName(), report.tables(),
                report.ledger().stream().filter(e -> !e.kind().needsNameList()).toList(), null);
        Preflight.Result r = Preflight.run(withoutList, null, List.of(), s.messages());
        assertThat(r.checks()).anySatisfy(c -> assertThat(c.text()).isEqualTo("停止党籍：表中 1 人，名单中 0 人，名单不全。"));
    }

    @Test
    void close_refusesAnUnendedOrClosedPeriod() {
        assertThatThrownBy(() -> periods.close(StatPeriod.parse("2026Q4"), false)).isInstanceOf(StatsException.class)
                .hasMessage("stats.error.notEnded");
        periods.close(Q3, false);
        assertThatThrownBy(() -> periods.close(Q3, false)).hasMessage("stats.error.alreadyClosed");
        assertThat(periods.closedPeriods()).containsExactly(Q3);
    }

    @Test
    void period_parsesQuartersHalvesAndYears() {
        assertThat(StatPeriod.parse("2026H1").lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(StatPeriod.parse("2026").firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(StatPeriod.parse("2026q3").toString()).isEqualTo("2026Q3");
        assertThat(StatPeriod.parse("2026Q1").previous()).isEqualTo(StatPeriod.parse("2025Q4"));
    }
}
