package org.dangjiandesk.cli;

import java.util.EnumSet;
import java.util.Set;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.model.Role;
import org.dangjiandesk.model.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user set LOGIN [--role ROLE] [--grant P,…] [--active true|false]}: changes an account. */
@Command(name = "set", mixinStandardHelpOptions = true)
final class UserSetCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "cli.user.login")
    String login;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "cli.user.role")
    Role role;

    @Option(names = "--grant", split = ",", paramLabel = "PERMISSION", descriptionKey = "cli.user.grant")
    Set<Permission> grants;

    @Option(names = "--active", paramLabel = "true|false", arity = "1", descriptionKey = "cli.user.active")
    Boolean active;

    @Override
    protected int run(Services services) {
        UserAccount u = services.security().users().users().stream().filter(x -> x.loginName().equals(login))
                .findFirst().orElseThrow(() -> new UserError(messages().get("cli.user.unknown", login)));
        UserAccount changed = new UserAccount(u.id(), u.loginName(), u.displayName(), role != null ? role : u.role(),
                grants != null ? (grants.isEmpty() ? EnumSet.noneOf(Permission.class) : grants) : u.extraPermissions(),
                active != null ? active : u.active(), u.lockedUntil(), u.version());
        services.security().users().update(changed);
        out().println(messages().get("cli.user.changed", login));
        return 0;
    }
}
