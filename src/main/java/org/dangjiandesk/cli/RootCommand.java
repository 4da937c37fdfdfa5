package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Arrays;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.security.Credentials;
import org.dangjiandesk.logic.security.Gates;
import org.dangjiandesk.logic.security.LoginException;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.logic.backup.DataFolderRecovery;
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
            UserCommand.class, AuditCommand.class, ReportCommand.class, PeriodCommand.class,
            MigrateToCommand.class, BackupCommand.class, RestoreCommand.class, VerifyCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.option.user")
    private String user;

    @Option(names = "--db-url", paramLabel = "URL", descriptionKey = "cli.option.dbUrl")
    private String dbUrl;

    @Option(names = "--benchmark", hidden = true)
    private boolean benchmark;

    private final Gates gates;
    private final CredentialSource credentials;
    private final GuiStarter gui;

    public RootCommand(Gates gates, CredentialSource credentials, GuiStarter gui) {
        this.gates = gates;
        this.credentials = credentials;
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

    /** The way into the data (first administrator, login): the data folder's, or the shared database's. */
    public SessionGate gate() {
        return gates.forData(dataDir(), dbUrl());
    }

    public CredentialSource credentials() {
        return credentials;
    }

    /**
     * The data folder's database while it is closed (check it, restore a backup into it): logs in to unlock the
     * file key of an encrypted folder.
     */
    public DataFolderRecovery recovery() {
        SessionGate gate = gate();
        Credentials c = credentials.login(user);
        try {
            return new DataFolderRecovery(gate.closedDatabaseConfig(c.loginName(), c.password()),
                    java.time.Clock.systemDefaultZone());
        } finally {
            Arrays.fill(c.password(), ' ');
        }
    }

    /**
     * Logs in (name from --user or the environment, password from the environment or a prompt) and opens the data
     * folder for a command; close it when done.
     *
     * @throws LoginException when the folder has no administrator yet or the login is refused
     */
    public ServicesSession open() {
        SessionGate gate = gate();
        if (gate.state() != SessionGate.DataState.PROTECTED) {
            throw new LoginException(LoginException.Reason.NOT_SET_UP);
        }
        Credentials c = credentials.login(user);
        try {
            return gate.login(c.loginName(), c.password());
        } finally {
            Arrays.fill(c.password(), ' ');
        }
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
}
