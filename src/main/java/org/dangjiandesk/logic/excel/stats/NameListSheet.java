package org.dangjiandesk.logic.excel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.model.ChangeKind;
import org.dangjiandesk.model.LedgerEntry;
import org.dangjiandesk.model.Masking;

/**
 * The name lists reviewers require with the 增减 table: all additions, all removals, and the 停止党籍 and 恢复党籍
 * lists on their own. ID numbers are masked unless the caller may show them.
 */
final class NameListSheet {
    /** Which entries a list holds. */
    enum Part {
        ADDED("stats.sheet.added"), REMOVED("stats.sheet.removed"), SUSPENDED("stats.sheet.suspended"),
        RESTORED("stats.sheet.restored");

        private final String titleKey;

        Part(String titleKey) {
            this.titleKey = titleKey;
        }

        String titleKey() {
            return titleKey;
        }

        boolean includes(ChangeKind k) {
            return switch (this) {
                case ADDED -> k.isAddition();
                case REMOVED -> !k.isAddition();
                case SUSPENDED -> k == ChangeKind.SUSPENDED;
                case RESTORED -> k == ChangeKind.RESTORED;
            };
        }
    }

    private final SXSSFWorkbook wb;
    private final Messages m;
    private final boolean unmasked;
    private final SheetWriter.Styles styles;

    NameListSheet(SXSSFWorkbook wb, SheetWriter.Styles styles, Messages m, boolean unmasked) {
        this.wb = wb;
        this.m = m;
        this.unmasked = unmasked;
        this.styles = styles;
    }

    void write(PeriodReport report, Part part, List<LedgerEntry> entries) {
        String title = m.get(part.titleKey());
        List<String> headers = Arrays.asList(m.get("stats.list.headers").split(","));
        SheetWriter w = new SheetWriter(wb, styles, title,
                m.get("stats.table.title", StatsWorkbook.periodText(m, report.period()), title),
                m.get("stats.table.unit", report.unitName()),
                m.get("stats.table.period", StatsWorkbook.date(m, report.period().firstDay()),
                        StatsWorkbook.date(m, report.period().lastDay())), headers);
        int n = 1;
        for (LedgerEntry e : entries) {
            List<Object> row = new ArrayList<>();
            row.add(n++);
            row.add(e.name());
            row.add(m.label(e.sex()));
            row.add(unmasked ? e.idNumber() : Masking.idNumber(e.idNumber()));
            row.add(m.label(e.category()));
            row.add(e.unitName());
            row.add(m.label(e.kind()));
            row.add(e.date());
            row.add(e.docNo());
            row.add(e.otherParty());
            row.add(e.reason());
            w.row(row);
        }
        if (entries.isEmpty()) {
            w.row(List.of(m.get("stats.list.none")));
        }
        w.finish();
    }
}
