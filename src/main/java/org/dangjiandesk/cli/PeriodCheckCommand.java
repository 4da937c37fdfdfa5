package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.stats.Preflight;
import org.dangjiandesk.model.StatPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code period check 2026Q3}: the pre-flight checks of a period; exit code 1 when one is an error. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class PeriodCheckCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "PERIOD", converter = PeriodOption.class, descriptionKey = "cli.stats.period")
    StatPeriod period;

    @Override
    protected int run(Services services) {
        Preflight.Result result = services.stats().periods().preflight(period);
        PeriodCommand.print(result, out(), messages());
        return result.passed() ? 0 : USER_ERROR;
    }
}
