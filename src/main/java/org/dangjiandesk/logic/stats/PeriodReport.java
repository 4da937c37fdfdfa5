package org.dangjiandesk.logic.stats;

import java.time.Instant;
import java.util.List;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * Every table of a period for the whole street, with the ledger behind the 增减 table: read from the closed
 * period when it was closed ({@code closedAt} set), otherwise computed now.
 */
public record PeriodReport(StatPeriod period, String unitName, List<StatTable> tables, List<LedgerEntry> ledger,
                           Instant closedAt) {
    public PeriodReport {
        tables = List.copyOf(tables);
        ledger = List.copyOf(ledger);
    }

    public boolean fromClosedPeriod() {
        return closedAt != null;
    }

    public StatTable table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }
}
