package org.dangjiandesk.model;

import java.time.Instant;
import java.util.List;

/** A closed statistics period: the tables and the add/remove ledger as they were when it was closed. */
public record PeriodSnapshot(StatPeriod period, Instant closedAt, List<StatTable> tables, List<LedgerEntry> ledger) {
    public PeriodSnapshot {
        tables = List.copyOf(tables);
        ledger = List.copyOf(ledger);
    }

    public StatTable table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }
}
