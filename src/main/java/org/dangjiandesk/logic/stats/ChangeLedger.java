package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * 党员增减情况表 of a period: per unit the count at the opening (the day before the period), the additions and
 * removals by kind, and the count at the closing (the period's last day). Additions and removals come from
 * replaying the period's events on the opening state: an event counts where it moved a member into or out of a
 * unit's count (a 死亡 of a member whose 党籍 was already stopped removes nobody). Opening and closing are counted
 * from the states on those days, so they add up only when the events explain every change.
 */
final class ChangeLedger {
    private ChangeLedger() {
    }

    record Result(StatTable table, List<LedgerEntry> entries) {
    }

    static Result compute(StatsBase base, Units units, StatPeriod period, List<MemberState> opening,
                          List<MemberEvent> periodEvents, List<MemberState> closing, Messages messages) {
        TableBuilder t = new TableBuilder(TableKind.CHANGES, units);
        int open = t.column(StatsColumns.OPENING);
        int close = t.column(StatsColumns.CLOSING);
        int added = t.column(StatsColumns.ADDED);
        int removed = t.column(StatsColumns.REMOVED);
        for (MemberState s : opening) {
            Long unit = s.counted() ? units.unitOf(s.orgId) : null;
            if (unit != null) {
                t.add(unit, open, 1);
            }
        }
        for (MemberState s : closing) {
            Long unit = s.counted() ? units.unitOf(s.orgId) : null;
            if (unit != null) {
                t.add(unit, close, 1);
            }
        }
        List<LedgerEntry> entries = new ArrayList<>();
        for (MemberEvent e : periodEvents) {
            MemberState s = base.stateOf(opening, e.memberId());
            if (s == null || e.date().isBefore(period.firstDay()) || e.date().isAfter(period.lastDay())) {
                continue;
            }
            Long before = s.counted() ? units.unitOf(s.orgId) : null;
            StateChanges.redo(s, e);
            Long after = s.counted() ? units.unitOf(s.orgId) : null;
            if (before != null && before.equals(after)) {
                continue;
            }
            if (before != null) {
                ChangeKind kind = removal(e, after != null);
                if (kind != null) {
                    t.add(before, t.column(StatsColumns.change(kind)), 1);
                    t.add(before, removed, 1);
                    entries.add(entry(units, s, before, kind, e, messages));
                }
            }
            if (after != null) {
                ChangeKind kind = addition(e, before != null);
                if (kind != null) {
                    t.add(after, t.column(StatsColumns.change(kind)), 1);
                    t.add(after, added, 1);
                    entries.add(entry(units, s, after, kind, e, messages));
                }
            }
        }
        return new Result(t.build(messages, period.lastDay()), entries);
    }

    private static ChangeKind removal(MemberEvent e, boolean stillInScope) {
        if (stillInScope) {
            return ChangeKind.MOVED_OUT;
        }
        return switch (e.type()) {
            case TRANSFERRED_OUT -> ChangeKind.TRANSFERRED_OUT;
            case DIED -> ChangeKind.DIED;
            case EXPELLED -> ChangeKind.EXPELLED;
            case SUSPENDED -> ChangeKind.SUSPENDED;
            case MOVED -> ChangeKind.MOVED_OUT;
            default -> null;
        };
    }

    private static ChangeKind addition(MemberEvent e, boolean wasInScope) {
        if (wasInScope) {
            return ChangeKind.MOVED_IN;
        }
        return switch (e.type()) {
            case REGISTERED -> ChangeKind.DEVELOPED;
            case TRANSFERRED_IN -> ChangeKind.TRANSFERRED_IN;
            case RESTORED -> ChangeKind.RESTORED;
            case MOVED -> ChangeKind.MOVED_IN;
            default -> null;
        };
    }

    private static LedgerEntry entry(Units units, MemberState s, long unit, ChangeKind kind, MemberEvent e,
                                     Messages messages) {
        var f = s.facts;
        return new LedgerEntry(f.id(), unit, units.label(unit, messages), kind, e.date(), f.name(), f.sex(),
                f.idNumber(), s.category, e.docNo(), e.otherParty(), e.reason());
    }

    /** Whether opening + additions − removals = closing in every row and in the total. */
    static List<String> unbalancedRows(StatTable t) {
        int open = t.column(StatsColumns.OPENING);
        int added = t.column(StatsColumns.ADDED);
        int removed = t.column(StatsColumns.REMOVED);
        int close = t.column(StatsColumns.CLOSING);
        List<String> out = new ArrayList<>();
        List<org.dangjiandesk.model.StatRow> rows = new ArrayList<>(t.rows());
        rows.add(t.total());
        for (var r : rows) {
            if (r.figure(open) + r.figure(added) - r.figure(removed) != r.figure(close)) {
                out.add(r.label());
            }
        }
        return out;
    }

    static LocalDate openingDay(StatPeriod p) {
        return p.firstDay().minusDays(1);
    }
}
