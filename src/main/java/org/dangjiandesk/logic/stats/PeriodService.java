package org.dangjiandesk.logic.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.PeriodSnapshot;
import org.dangjiandesk.model.StatColumn;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.logic.security.AuditTrail;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.store.DataStore;

/**
 * Statistics periods: closing one keeps its tables and ledger so its report can be written again exactly as it
 * was sent; a report of a closed period comes from what was kept, of an open one from the roster now; and the
 * pre-flight checks of a period.
 */
public final class PeriodService {
    private final AuditTrail audit;
    private final DataStore store;
    private final StatsService stats;
    private final Messages messages;
    private final Clock clock;

    public PeriodService(DataStore store, StatsService stats, Messages messages, Clock clock) {
        this(store, stats, messages, clock, AuditTrail.NONE);
    }

    /** With every closed period written to the audit log (who closed it) in the transaction that stores it. */
    public PeriodService(DataStore store, StatsService stats, Messages messages, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.stats = stats;
        this.messages = messages;
        this.clock = clock;
    }

    public List<StatPeriod> closedPeriods() {
        return store.read(r -> r.stats().closedPeriods());
    }

    public boolean isClosed(StatPeriod period) {
        return closed(period).isPresent();
    }

    /** The period's report: as it was closed, or computed now when it is still open. */
    public PeriodReport report(StatPeriod period) {
        return closed(period).orElseGet(() -> stats.compute(stats.load(), period));
    }

    /** As {@link #report(StatPeriod)}, on facts already read. */
    public PeriodReport report(StatsBase base, StatPeriod period) {
        return closed(period).orElseGet(() -> stats.compute(base, period));
    }

    /** The pre-flight checks of a period's report against the last closed period before it. */
    public Preflight.Result preflight(StatsBase base, PeriodReport report) {
        return Preflight.run(report, previousClosed(report.period()).orElse(null),
                stats.missingFields(base, report.period().lastDay()), messages);
    }

    public Preflight.Result preflight(StatPeriod period) {
        StatsBase base = stats.load();
        return preflight(base, report(base, period));
    }

    /**
     * Closes a period: computes its tables now and keeps them with the ledger. Refused when the period has not
     * ended, is already closed, or (unless {@code force}) its pre-flight checks find an error.
     */
    public PeriodReport close(StatPeriod period, boolean force) {
        if (!period.lastDay().isBefore(LocalDate.now(clock))) {
            throw new StatsException("stats.error.notEnded", period.toString(), period.lastDay());
        }
        if (isClosed(period)) {
            throw new StatsException("stats.error.alreadyClosed", period.toString());
        }
        StatsBase base = stats.load();
        PeriodReport report = stats.compute(base, period);
        Preflight.Result checks = preflight(base, report);
        if (!force && !checks.passed()) {
            throw new StatsException("stats.error.checksFailed", period.toString());
        }
        PeriodSnapshot snapshot = new PeriodSnapshot(period, clock.instant(), report.tables(), report.ledger());
        store.writeVoid(r -> {
            r.stats().insert(snapshot);
            audit.note(r, AuditAction.PERIOD_CLOSED, period.toString(), force && !checks.passed() ? "forced" : "");
        });
        return closed(period).orElseThrow();
    }

    /** The closed period ending the day before this one starts (of any length; the latest closed if several). */
    public Optional<PeriodReport> previousClosed(StatPeriod period) {
        LocalDate dayBefore = period.firstDay().minusDays(1);
        List<StatPeriod> candidates = closedPeriods().stream().filter(p -> p.lastDay().equals(dayBefore)).toList();
        return candidates.isEmpty() ? Optional.empty() : closed(candidates.get(candidates.size() - 1));
    }

    private Optional<PeriodReport> closed(StatPeriod period) {
        return store.read(r -> r.stats().find(period))
                .map(s -> new PeriodReport(period, streetName(), withHeaders(s.tables()), s.ledger(), s.closedAt()));
    }

    private String streetName() {
        return store.read(r -> r.orgs().findAll()).stream().filter(o -> o.parentId() == null)
                .map(org.dangjiandesk.model.OrgUnit::fullName).findFirst().orElse("");
    }

    /** Stored tables carry only column codes: put the headers back, figures in today's column order. */
    private static List<StatTable> withHeaders(List<StatTable> stored) {
        List<StatTable> out = new ArrayList<>();
        for (StatTable t : stored) {
            List<StatColumn> columns = StatsColumns.of(t.kind());
            int[] from = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                int found = -1;
                for (int j = 0; j < t.columns().size(); j++) {
                    if (t.columns().get(j).code().equals(columns.get(i).code())) {
                        found = j;
                    }
                }
                from[i] = found;
            }
            List<StatRow> rows = t.rows().stream().map(r -> reorder(r, from)).toList();
            out.add(new StatTable(t.kind(), columns, rows, reorder(t.total(), from)));
        }
        return out;
    }

    private static StatRow reorder(StatRow r, int[] from) {
        int[] figures = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            figures[i] = from[i] < 0 ? 0 : r.figure(from[i]);
        }
        return new StatRow(r.orgId(), r.label(), figures);
    }
}
