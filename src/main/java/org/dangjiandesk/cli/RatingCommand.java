package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code rating sheet …} and {@code rating distribution …}: star rating from the command line. */
@Command(name = "rating", mixinStandardHelpOptions = true,
        subcommands = {RatingSheetCommand.class, RatingDistributionCommand.class})
public final class RatingCommand extends GroupCommand {
}
