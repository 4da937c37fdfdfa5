package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.ServicesOpener;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.backup.DataFolderRecovery;
import org.dangjiandesk.logic.settings.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dangjiandesk [--data-dir DIR] [command]}: with no command it opens the window; with one it runs headless.
 * Subcommands reach the shared options and services through {@code @ParentCommand}.
 */
@Command(name = "dangjiandesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "org.dangjiandesk.i18n.messages",
        subcommands = {InitCommand.class, SampleCommand.class, InfoCommand.class, ImportCommand.class, ExportCommand.class,
            TemplateCommand.class, RatingCommand.class, TrainingCommand.class, BrandCommand.class,
            BackupCommand.class, RestoreCommand.class, VerifyCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--benchmark", hidden = true)
    private boolean benchmark;

    private final ServicesOpener opener;
    private final GuiStarter gui;

    public RootCommand(ServicesOpener opener, GuiStarter gui) {
        this.opener = opener;
        this.gui = gui;
    }

    @Override
    public Integer call() {
        return gui.start(dataDir(), benchmark);
    }

    /** The data folder: --data-dir, else DANGJIANDESK_HOME, else the OS's per-user data folder. */
    public Path dataDir() {
        return DataDirectory.resolve(dataDir);
    }

    /** The data folder's database while it is closed: check it, restore a backup into it. */
    public DataFolderRecovery recovery() {
        return new DataFolderRecovery(opener.databaseConfig(dataDir()), java.time.Clock.systemDefaultZone());
    }

    /** Opens the database of the data folder for a command; close it when done. */
    public ServicesSession open() {
        return opener.open(dataDir());
    }
}
