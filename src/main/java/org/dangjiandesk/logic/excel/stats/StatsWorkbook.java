package org.dangjiandesk.logic.excel.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangjiandesk.logic.excel.roster.Excel;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.ChartData;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.dangjiandesk.logic.stats.Cover;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.model.StatTable;
import org.dangjiandesk.model.TableKind;

/**
 * The upward report workbooks of a period: a cover (负责人, 填表人, 联系电话, 报出日期), the chosen tables with
 * multi-level merged headers and totals as values, the name lists behind the 增减 table, and the dashboard charts
 * as pictures. Every sheet prints on A4, one page wide. ID numbers are masked unless {@code unmasked}.
 */
public final class StatsWorkbook {
    /** A chart to embed: its figures and title; drawn by the {@link ChartRenderer} handed in. */
    public record Chart(ChartData data, String title) {
    }

    private final Messages messages;

    public StatsWorkbook(Messages messages) {
        this.messages = messages;
    }

    /** Writes the cover and the given tables (with the name lists when the 增减 table is among them). */
    public int write(PeriodReport report, Set<TableKind> tables, Cover cover, List<Chart> charts,
                     ChartRenderer renderer, boolean unmasked, Path out) {
        return Excel.writeAtomically(out, wb -> fill(wb, report, tables, cover, charts, renderer, unmasked));
    }

    /** The submission pack: every table of the period, the name lists and the charts, in one workbook. */
    public int writePack(PeriodReport report, Cover cover, List<Chart> charts, ChartRenderer renderer,
                         boolean unmasked, Path out) {
        return write(report, Set.of(TableKind.values()), cover, charts, renderer, unmasked, out);
    }

    private int fill(SXSSFWorkbook wb, PeriodReport report, Set<TableKind> kinds, Cover cover, List<Chart> charts,
                     ChartRenderer renderer, boolean unmasked) {
        ReportStyles styles = new ReportStyles(wb);
        List<String> contents = new ArrayList<>();
        List<StatTable> tables = report.tables().stream().filter(t -> kinds.contains(t.kind())).toList();
        for (StatTable t : tables) {
            contents.add(messages.label(t.kind()));
        }
        boolean lists = kinds.contains(TableKind.CHANGES);
        if (lists) {
            for (NameListSheet.Part p : NameListSheet.Part.values()) {
                contents.add(messages.get(p.titleKey()));
            }
        }
        boolean withCharts = !charts.isEmpty() && renderer != ChartRenderer.NONE;
        if (withCharts) {
            contents.add(messages.get("stats.sheet.charts"));
        }
        new CoverSheet(wb, styles, messages).write(report, cover, contents);
        int sheets = 1;
        for (StatTable t : tables) {
            new TableSheet(wb, styles, messages).write(report, t, cover);
            sheets++;
        }
        if (lists) {
            org.dangjiandesk.logic.excel.write.SheetWriter.Styles listStyles =
                    new org.dangjiandesk.logic.excel.write.SheetWriter.Styles(wb);
            for (NameListSheet.Part p : NameListSheet.Part.values()) {
                new NameListSheet(wb, listStyles, messages, unmasked).write(report, p,
                        report.ledger().stream().filter(e -> p.includes(e.kind())).toList());
                sheets++;
            }
        }
        if (withCharts && new ChartSheet(wb, styles, messages).write(report, charts, renderer)) {
            sheets++;
        }
        return sheets;
    }

    /** 2026年第三季度, 2026年上半年, 2026年度. */
    static String periodText(Messages m, org.dangjiandesk.model.StatPeriod p) {
        return switch (p.kind()) {
            case QUARTER -> m.get("stats.period.quarter", String.valueOf(p.year()), m.get("stats.quarter." + p.number()));
            case HALF_YEAR -> m.get(p.number() == 1 ? "stats.period.firstHalf" : "stats.period.secondHalf",
                    String.valueOf(p.year()));
            case YEAR -> m.get("stats.period.year", String.valueOf(p.year()));
        };
    }

    static String date(Messages m, LocalDate d) {
        return d == null ? "" : m.get("stats.date", String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
    }
}
