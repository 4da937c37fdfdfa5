package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.ServicesOpener;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.settings.DataDirectory;
import org.dangjiandesk.logic.settings.SharedConnection;
import org.dangjiandesk.logic.settings.SharedConnectionStore;
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
            MigrateToCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", descriptionKey = "cli.option.dbUrl")
    private String dbUrl;

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
        return gui.start(dataDir(), dbUrl(), benchmark);
    }

    /** The data folder: --data-dir, else DANGJIANDESK_HOME, else the OS's per-user data folder. */
    public Path dataDir() {
        return DataDirectory.resolve(dataDir);
    }

    /**
     * The shared database to use, or null for the data folder's embedded one: --db-url, else the connection this
     * OS user saved in 系统管理 (unless a data folder was named by --data-dir or DANGJIANDESK_HOME).
     */
    public String dbUrl() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return dbUrl;
        }
        String home = System.getenv(DataDirectory.ENV_HOME);
        if (dataDir != null || (home != null && !home.isBlank())) {
            return null;
        }
        SharedConnection saved = SharedConnectionStore.forUser().load();
        return saved.enabled() ? saved.jdbcUrl() : null;
    }

    /** Opens the database (the data folder's, or the shared one) for a command; close it when done. */
    public ServicesSession open() {
        return opener.open(dataDir(), dbUrl());
    }
}
