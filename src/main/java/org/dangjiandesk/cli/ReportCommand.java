package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code report stats …}, {@code report pack …}: the upward statistics reports as workbooks. */
@Command(name = "report", mixinStandardHelpOptions = true,
        subcommands = {ReportStatsCommand.class, ReportPackCommand.class})
public final class ReportCommand extends GroupCommand {
}
