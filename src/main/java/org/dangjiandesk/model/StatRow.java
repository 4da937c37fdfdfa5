package org.dangjiandesk.model;

import java.util.Arrays;

/** One row of a statistics table: a unit (orgId null for the total) and its figures, in column order. */
public record StatRow(Long orgId, String label, int[] figures) {
    public StatRow {
        figures = figures.clone();
    }

    public int figure(int column) {
        return figures[column];
    }

    @Override
    public int[] figures() {
        return figures.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatRow r && java.util.Objects.equals(orgId, r.orgId) && label.equals(r.label)
                && Arrays.equals(figures, r.figures);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(orgId, label, Arrays.hashCode(figures));
    }

    @Override
    public String toString() {
        return label + Arrays.toString(figures);
    }
}
