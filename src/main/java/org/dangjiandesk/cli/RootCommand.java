package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Arrays;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.security.Credentials;
import org.dangjiandesk.logic.security.Gates;
import org.dangjiandesk.logic.security.LoginException;
import org.dangjiandesk.logic.security.SessionGate;
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
            UserCommand.class, AuditCommand.class, ReportCommand.class, PeriodCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.option.user")
    private String user;

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
        return gui.start(dataDir(), benchmark);
    }

    /** The data folder: --data-dir, else DANGJIANDESK_HOME, else the OS's per-user data folder. */
    public Path dataDir() {
        return DataDirectory.resolve(dataDir);
    }

    /** The way into the data folder (first administrator, login). */
    public SessionGate gate() {
        return gates.forDataDir(dataDir());
    }

    public CredentialSource credentials() {
        return credentials;
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
}
