package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code user add|list|password|set}: accounts, for the administrator. */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserAddCommand.class, UserListCommand.class, UserPasswordCommand.class, UserSetCommand.class})
public final class UserCommand extends GroupCommand {
}
