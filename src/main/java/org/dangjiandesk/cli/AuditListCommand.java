package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.security.AuditQuery;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit list [--limit N] [--action A] [--login NAME]}: newest entries first. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class AuditListCommand extends DataCommand {
    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.audit.limit")
    int limit = 50;

    @Option(names = "--action", paramLabel = "ACTION", descriptionKey = "cli.audit.action")
    AuditAction action;

    @Option(names = "--login", paramLabel = "NAME", descriptionKey = "cli.audit.login")
    String login;

    @Override
    protected int run(Services services) {
        services.security().access().require(Permission.READ_AUDIT);
        for (AuditEntry e : services.security().audit().find(new AuditQuery(null, null, login, action, null, limit))) {
            out().println(String.join("\t", String.valueOf(e.id()), e.at().toString(), e.loginName(),
                    messages().get("audit.action." + e.action().name()), e.target(),
                    e.details().replace('\n', ';')));
        }
        return 0;
    }
}
