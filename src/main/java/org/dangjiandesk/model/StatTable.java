package org.dangjiandesk.model;

import java.util.List;

/**
 * A computed statistics table: its kind, columns, one row per unit and the total row (the sum of the unit rows,
 * so totals add up as reviewers check them).
 */
public record StatTable(TableKind kind, List<StatColumn> columns, List<StatRow> rows, StatRow total) {
    public StatTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int column(String code) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + code + " in " + kind);
    }

    /** The figure of a unit's row (by organisation id) in a column. */
    public int figure(Long orgId, String columnCode) {
        int c = column(columnCode);
        if (orgId == null) {
            return total.figure(c);
        }
        return rows.stream().filter(r -> orgId.equals(r.orgId())).findFirst().map(r -> r.figure(c)).orElse(0);
    }
}
