package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code import roster FILE …}. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportRosterCommand.class})
public final class ImportCommand extends GroupCommand {
}
