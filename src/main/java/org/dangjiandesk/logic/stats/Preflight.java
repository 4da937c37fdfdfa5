package org.dangjiandesk.logic.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * The checks reviewers make, run before a report is written: the opening equals the last closed period's closing;
 * opening + additions − removals = closing in every row; the 增减 table's closing equals the structure table's
 * total; every 停止党籍 and 恢复党籍 is on a name list; and counted members missing fields the tables need.
 */
public final class Preflight {
    private Preflight() {
    }

    /** The result: the checks in order; it passes when none is an error. */
    public record Result(List<Check> checks) {
        public Result {
            checks = List.copyOf(checks);
        }

        public boolean passed() {
            return checks.stream().noneMatch(c -> c.level() == Check.Level.ERROR);
        }
    }

    /**
     * @param previous the last closed period ending the day before this one starts; null when there is none
     */
    public static Result run(PeriodReport report, PeriodReport previous, List<MissingFields> missing,
                             Messages m) {
        List<Check> checks = new ArrayList<>();
        StatTable changes = report.table(TableKind.CHANGES);
        checks.add(openingCheck(changes, previous, m));
        checks.add(balanceCheck(changes, m));
        checks.add(closingCheck(changes, report.table(TableKind.STRUCTURE), m));
        checks.addAll(nameListChecks(changes, report.ledger(), m));
        if (missing.isEmpty()) {
            checks.add(Check.ok(m.get("stats.check.fields.ok")));
        } else {
            checks.add(new Check(Check.Level.WARNING, m.get("stats.check.fields.missing", missing.size()), missing));
        }
        return new Result(checks);
    }

    private static Check openingCheck(StatTable changes, PeriodReport previous, Messages m) {
        if (previous == null) {
            return Check.warning(m.get("stats.check.opening.noPrevious"));
        }
        StatTable before = previous.table(TableKind.CHANGES);
        int closing = before.column(StatsColumns.CLOSING);
        int opening = changes.column(StatsColumns.OPENING);
        List<String> differences = new ArrayList<>();
        List<StatRow> rows = new ArrayList<>(changes.rows());
        rows.add(changes.total());
        for (StatRow r : rows) {
            int was = r.orgId() == null ? before.total().figure(closing) : before.rows().stream()
                    .filter(b -> Objects.equals(b.orgId(), r.orgId())).mapToInt(b -> b.figure(closing))
                    .findFirst().orElse(0);
            if (was != r.figure(opening)) {
                differences.add(m.get("stats.check.opening.row", r.label(), r.figure(opening), was));
            }
        }
        if (differences.isEmpty()) {
            return Check.ok(m.get("stats.check.opening.ok", previous.period().toString(),
                    changes.total().figure(opening)));
        }
        return Check.error(m.get("stats.check.opening.differs", previous.period().toString(),
                String.join("；", differences)));
    }

    private static Check balanceCheck(StatTable t, Messages m) {
        int open = t.column(StatsColumns.OPENING);
        int added = t.column(StatsColumns.ADDED);
        int removed = t.column(StatsColumns.REMOVED);
        int close = t.column(StatsColumns.CLOSING);
        List<String> broken = new ArrayList<>();
        List<StatRow> rows = new ArrayList<>(t.rows());
        rows.add(t.total());
        for (StatRow r : rows) {
            int expected = r.figure(open) + r.figure(added) - r.figure(removed);
            if (expected != r.figure(close)) {
                broken.add(m.get("stats.check.balance.row", r.label(), r.figure(open), r.figure(added),
                        r.figure(removed), expected, r.figure(close)));
            }
        }
        if (broken.isEmpty()) {
            return Check.ok(m.get("stats.check.balance.ok", t.total().figure(open), t.total().figure(added),
                    t.total().figure(removed), t.total().figure(close)));
        }
        return Check.error(m.get("stats.check.balance.broken", String.join("；", broken)));
    }

    private static Check closingCheck(StatTable changes, StatTable structure, Messages m) {
        int closing = changes.total().figure(changes.column(StatsColumns.CLOSING));
        int total = structure.total().figure(structure.column(StatsColumns.TOTAL));
        return closing == total ? Check.ok(m.get("stats.check.closing.ok", total))
                : Check.error(m.get("stats.check.closing.differs", closing, total));
    }

    private static List<Check> nameListChecks(StatTable changes, List<LedgerEntry> ledger, Messages m) {
        List<Check> out = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            if (!kind.needsNameList()) {
                continue;
            }
            int counted = changes.total().figure(changes.column(StatsColumns.change(kind)));
            List<LedgerEntry> listed = ledger.stream().filter(e -> e.kind() == kind).toList();
            String label = m.label(kind);
            if (counted != listed.size()) {
                out.add(Check.error(m.get("stats.check.nameList.differs", label, counted, listed.size())));
            } else if (listed.stream().anyMatch(e -> e.docNo() == null || e.docNo().isBlank())) {
                long without = listed.stream().filter(e -> e.docNo() == null || e.docNo().isBlank()).count();
                out.add(Check.warning(m.get("stats.check.nameList.noDocNo", label, without)));
            } else {
                out.add(Check.ok(m.get("stats.check.nameList.ok", label, counted)));
            }
        }
        return out;
    }
}
