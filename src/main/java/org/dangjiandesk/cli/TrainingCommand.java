package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code training report …}: training records from the command line. */
@Command(name = "training", mixinStandardHelpOptions = true, subcommands = {TrainingReportCommand.class})
public final class TrainingCommand extends GroupCommand {
}
