package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code brand report …}, {@code brand rounds}, {@code brand scoresheet …}, {@code brand results …}. */
@Command(name = "brand", mixinStandardHelpOptions = true,
        subcommands = {BrandReportCommand.class, BrandRoundsCommand.class, BrandScoreSheetCommand.class,
            BrandResultsCommand.class})
public final class BrandCommand extends GroupCommand {
}
