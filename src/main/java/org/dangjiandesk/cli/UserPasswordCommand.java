package org.dangjiandesk.cli;

import java.util.Arrays;
import org.dangjiandesk.logic.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code user password LOGIN}: the administrator sets a new password (from the environment or a prompt). */
@Command(name = "password", mixinStandardHelpOptions = true)
final class UserPasswordCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
    String login;

    @Override
    protected int run(Services services) {
        char[] pw = root().credentials().newPassword(login);
        try {
            services.security().users().resetPassword(login, pw);
            out().println(messages().get("cli.user.passwordSet", login));
            return 0;
        } finally {
            Arrays.fill(pw, ' ');
        }
    }
}
