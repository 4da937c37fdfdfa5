package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.stats.StatsWorkbook;
import org.dangjiandesk.logic.stats.Dashboard;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.logic.stats.Preflight;
import org.dangjiandesk.logic.stats.StatsBase;
import org.dangjiandesk.logic.stats.StatsService;
import org.dangjiandesk.model.StatPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report pack --period 2026 --out FILE [--force] [--no-charts]}: the submission pack, every table of the
 * period with its name lists and the street's charts on the period's last day, after the pre-flight checks (printed;
 * an error stops the pack unless {@code --force}).
 */
@Command(name = "pack", mixinStandardHelpOptions = true)
public final class ReportPackCommand extends DataCommand {
    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodOption.class,
            descriptionKey = "cli.stats.period")
    StatPeriod period;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.stats.force")
    boolean force;

    @Option(names = "--no-charts", descriptionKey = "cli.stats.noCharts")
    boolean noCharts;

    @Mixin
    CoverOptions cover = new CoverOptions();

    @Override
    protected int run(Services services) {
        StatsService stats = services.stats().tables();
        StatsBase base = stats.load();
        PeriodReport report = services.stats().periods().report(base, period);
        Preflight.Result checks = services.stats().periods().preflight(base, report);
        PeriodCommand.print(checks, out(), messages());
        if (!checks.passed() && !force) {
            err().println(messages().get("cli.stats.packRefused", period.toString()));
            return USER_ERROR;
        }
        List<StatsWorkbook.Chart> charts = new ArrayList<>();
        if (!noCharts) {
            Dashboard d = stats.dashboard(base, StatsService.root(base).id(), period.lastDay(),
                    stats.trainingStandings(period.year()));
            d.charts().forEach(c -> charts.add(new StatsWorkbook.Chart(c, messages().get(c.dimension().titleKey()))));
        }
        int sheets = services.stats().sheets().writePack(report, cover.cover(report.unitName(), stats.today()),
                charts, services.stats().charts(), false, out);
        out().println(messages().get("cli.stats.packWritten", period.toString(), sheets, out.toAbsolutePath()));
        return 0;
    }
}
