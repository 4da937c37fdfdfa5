package org.dangjiandesk.cli;

import java.util.stream.Collectors;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.UserAccount;
import picocli.CommandLine.Command;

/** {@code user list}: login, name, role, extra permissions, active. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class UserListCommand extends DataCommand {
    @Override
    protected int run(Services services) {
        for (UserAccount u : services.security().users().users()) {
            out().println(String.join("\t", u.loginName(), u.displayName(),
                    messages().get("role." + u.role().name()),
                    u.extraPermissions().stream().map(p -> messages().get("permission." + p.name()))
                            .sorted().collect(Collectors.joining(",")),
                    messages().get(u.active() ? "users.active" : "users.inactive")));
        }
        return 0;
    }
}
