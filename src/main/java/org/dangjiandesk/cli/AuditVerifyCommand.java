package org.dangjiandesk.cli;

import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.security.AuditLog;
import org.dangjiandesk.model.Permission;
import picocli.CommandLine.Command;

/** {@code audit verify}: walks the hash chain; exit 3 and the first broken entry when anything was altered. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class AuditVerifyCommand extends DataCommand {
    static final int BROKEN = 3;

    @Override
    protected int run(Services services) {
        services.security().access().require(Permission.READ_AUDIT);
        AuditLog.Verification v = services.security().audit().verify();
        if (v.intact()) {
            out().println(messages().get("cli.audit.intact", v.checked()));
            return 0;
        }
        err().println(messages().get("cli.audit.broken", v.firstBrokenId().orElseThrow(), v.checked()));
        return BROKEN;
    }
}
