package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.stats.PeriodReport;
import org.dangjiandesk.logic.stats.StatsColumns;
import org.dangjiandesk.logic.stats.StatsException;
import org.dangjiandesk.model.StatPeriod;
import org.dangjiandesk.model.TableKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code period close 2026Q3 [--force]}: keeps the period's tables and ledger so its reports can be written again
 * exactly; refused for a period not yet ended, one already closed, or (without --force) failing pre-flight checks.
 */
@Command(name = "close", mixinStandardHelpOptions = true)
public final class PeriodCloseCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "PERIOD", converter = PeriodOption.class, descriptionKey = "cli.stats.period")
    StatPeriod period;

    @Option(names = "--force", descriptionKey = "cli.stats.force")
    boolean force;

    @Override
    protected int run(Services services) {
        var periods = services.stats().periods();
        PeriodCommand.print(periods.preflight(period), out(), messages());
        try {
            PeriodReport closed = periods.close(period, force);
            var changes = closed.table(TableKind.CHANGES);
            out().println(messages().get("cli.stats.closed", period.toString(),
                    changes.total().figure(changes.column(StatsColumns.OPENING)),
                    changes.total().figure(changes.column(StatsColumns.ADDED)),
                    changes.total().figure(changes.column(StatsColumns.REMOVED)),
                    changes.total().figure(changes.column(StatsColumns.CLOSING))));
            return 0;
        } catch (StatsException e) {
            throw new UserError(new ErrorTexts(messages()).describe(e));
        }
    }
}
