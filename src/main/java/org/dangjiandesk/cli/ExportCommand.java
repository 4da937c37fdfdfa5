package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code export roster …} and {@code export list NAME …}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportRosterCommand.class, ExportListCommand.class})
public final class ExportCommand extends GroupCommand {
}
