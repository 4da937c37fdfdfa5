package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.backup.BackupInfo;
import org.dangjiandesk.logic.backup.BackupKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--out FILE]}: an online, verified backup, into FILE or the backup folder. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends DataCommand {
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.backup.out")
    Path out;

    @Override
    protected int run(Services services) {
        BackupInfo made = out == null ? services.backup().backup(BackupKind.MANUAL) : services.backup().backupTo(out);
        out().println(messages().get("cli.backup.done", made.file(), made.totalRows()));
        return 0;
    }
}
