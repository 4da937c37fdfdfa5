package org.dangjiandesk.logic.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.StatColumn;
import org.dangjiandesk.model.StatRow;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * Adds figures up per unit and turns them into a {@link StatTable}: one row per unit under the scope (in tree
 * order; a unit that did not exist on the day and has nothing to show is left out), the scope's own members first
 * when there are any, and a total row that is the sum of the rows.
 */
final class TableBuilder {
    private final TableKind kind;
    private final List<StatColumn> columns;
    private final Units units;
    private final Map<Long, int[]> figures = new HashMap<>();

    TableBuilder(TableKind kind, Units units) {
        this.kind = kind;
        this.columns = StatsColumns.of(kind);
        this.units = units;
    }

    int column(String code) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The figures of a unit, to add to in place. */
    int[] row(long unitId) {
        return figures.computeIfAbsent(unitId, k -> new int[columns.size()]);
    }

    void add(long unitId, int column, int n) {
        row(unitId)[column] += n;
    }

    StatTable build(Messages messages, LocalDate day) {
        List<StatRow> rows = new ArrayList<>();
        long scopeId = units.scope().id();
        if (hasFigures(scopeId)) {
            rows.add(new StatRow(scopeId, units.label(scopeId, messages), row(scopeId)));
        }
        for (OrgUnit u : units.children()) {
            if (Units.existedOn(u, day) || hasFigures(u.id())) {
                rows.add(new StatRow(u.id(), units.label(u.id(), messages), row(u.id())));
            }
        }
        int[] total = new int[columns.size()];
        for (StatRow r : rows) {
            for (int c = 0; c < total.length; c++) {
                total[c] += r.figure(c);
            }
        }
        return new StatTable(kind, columns, rows, new StatRow(null, messages.get("stats.row.total"), total));
    }

    private boolean hasFigures(long unitId) {
        int[] f = figures.get(unitId);
        if (f == null) {
            return false;
        }
        for (int v : f) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }
}
