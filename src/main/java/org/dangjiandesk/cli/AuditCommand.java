package org.dangjiandesk.cli;

import picocli.CommandLine.Command;

/** {@code audit verify|list}: the audit log, for the auditor. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
public final class AuditCommand extends GroupCommand {
}
