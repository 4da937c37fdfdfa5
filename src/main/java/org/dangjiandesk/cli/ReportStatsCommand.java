package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.stats.ChartRenderer;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.TableKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report stats --period 2026Q3 [--table STRUCTURE] --out FILE}: one statistics table of a period (the
 * structure table unless another is named) with its cover; the 增减 table brings its name lists. A closed period is
 * written as it was closed.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class ReportStatsCommand extends DataCommand {
    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodOption.class,
            descriptionKey = "cli.stats.period")
    StatPeriod period;

    @Option(names = "--table", paramLabel = "TABLE", descriptionKey = "cli.stats.table")
    TableKind table = TableKind.STRUCTURE;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Mixin
    CoverOptions cover = new CoverOptions();

    @Override
    protected int run(Services services) {
        PeriodReport report = services.stats().periods().report(period);
        int sheets = services.stats().sheets().write(report, Set.of(table),
                cover.cover(report.unitName(), services.stats().tables().today()), List.of(), ChartRenderer.NONE,
                false, out);
        out().println(messages().get("cli.stats.written", period.toString(), messages().label(table), sheets,
                out.toAbsolutePath()));
        return 0;
    }
}
