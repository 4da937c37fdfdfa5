package org.dangjiandesk.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user add LOGIN --role CLERK [--display-name NAME] [--grant VIEW_UNMASKED,…]}: a new account; its
 * password from {@code DANGJIANDESK_NEW_PASSWORD} or typed twice.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
final class UserAddCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
    String login;

    @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.user.role")
    Role role;

    @Option(names = "--display-name", paramLabel = "NAME", descriptionKey = "cli.init.displayName")
    String displayName;

    @Option(names = "--grant", split = ",", paramLabel = "PERMISSION", descriptionKey = "cli.user.grant")
    Set<Permission> grants = EnumSet.noneOf(Permission.class);

    @Override
    protected int run(Services services) {
        char[] pw = root().credentials().newPassword(login);
        try {
            UserAccount u = services.security().users().create(login, displayName == null ? login : displayName,
                    role, grants, pw);
            out().println(messages().get("cli.user.added", u.loginName(), messages().get("role." + u.role().name())));
            return 0;
        } finally {
            Arrays.fill(pw, ' ');
        }
    }
}
