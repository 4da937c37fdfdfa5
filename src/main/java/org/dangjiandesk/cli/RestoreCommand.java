package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.backup.RestoreResult;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: replaces the database with a verified backup. When the database opens, its current state
 * is backed up first; when it is damaged, it cannot be, and the damaged file itself is kept aside.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        Messages m = Messages.forLocale(spec.resourceBundle() == null ? Messages.CHINESE
                : spec.resourceBundle().getLocale());
        try {
            RestoreResult result;
            try {
                ServicesSession session = root.open();
                try {
                    result = session.services().backup().restore(file.toAbsolutePath(), session::close);
                } finally {
                    session.close();
                }
            } catch (org.dangjiandesk.logic.security.DamagedDataException e) {
                // a damaged database: no state to keep; the password already unlocked the file key
                result = new org.dangjiandesk.logic.backup.DataFolderRecovery(e.config(),
                        java.time.Clock.systemDefaultZone()).restore(file.toAbsolutePath());
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.CORRUPT) {
                    throw e;
                }
                result = root.recovery().restore(file.toAbsolutePath()); // a damaged database: no state to keep
            }
            var out = spec.commandLine().getOut();
            out.println(m.get("cli.restore.done", result.restored().file()));
            result.setAside().ifPresent(p -> out.println(m.get("cli.restore.setAside", p)));
            result.stateBefore().ifPresent(b -> out.println(m.get("cli.restore.stateBefore", b.file())));
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(new ErrorTexts(m).describe(e));
            return DataCommand.USER_ERROR;
        }
    }
}
