package org.dangjiandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import org.dangjiandesk.cli.RootCommand;
import org.dangjiandesk.gui.DangjianApp;
import org.dangjiandesk.gui.GuiLaunch;
import org.dangjiandesk.cli.EnvironmentCredentials;
import org.dangjiandesk.logic.security.Credentials;
import org.dangjiandesk.logic.security.Gates;
import org.dangjiandesk.logic.security.SessionGate;
import org.dangjiandesk.logic.backup.DataFolderRecovery;
import org.dangjiandesk.logic.i18n.Messages;
import picocli.CommandLine;

/**
 * {@code java -jar dangjiandesk.jar [--data-dir DIR] [command ...]}. Not a JavaFX Application itself, so the jar
 * runs from the class path. Without a command it opens the window; with one it runs it headless and exits.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Logs.configure(args);
        Locale locale = Messages.CHINESE;
        Gates gates = (dataDir, dbUrl) -> dbUrl == null ? EmbeddedSessionGate.standard(dataDir, locale)
                : SharedSessionGate.standard(dataDir, dbUrl, locale);
        EnvironmentCredentials credentials = new EnvironmentCredentials(System.getenv(), Messages.forLocale(locale));
        RootCommand root = new RootCommand(gates, credentials,
                (dataDir, dbUrl, benchmark) -> startGui(gates.forData(dataDir, dbUrl), dataDir, benchmark));
        CommandLine cli = new CommandLine(root);
        cli.setResourceBundle(Messages.bundleFor(locale)); // Chinese help, whatever the OS language
        int exit = cli.execute(args);
        if (exit != 0 || !isGuiRun(cli)) {
            System.exit(exit);
        }
    }

    private static boolean isGuiRun(CommandLine cli) {
        CommandLine.ParseResult parsed = cli.getParseResult();
        return parsed != null && !parsed.hasSubcommand() && !parsed.isUsageHelpRequested()
                && !parsed.isVersionHelpRequested();
    }

    /**
     * Opens the window on the login (or first administrator) screen. A benchmark run logs in with the
     * environment's credentials, so it measures the same path a clerk takes after typing the password.
     */
    private static int startGui(SessionGate gate, Path dataDir, boolean benchmark) {
        Warmup.start();
        Credentials auto = null;
        String user = System.getenv(EnvironmentCredentials.USER);
        String password = System.getenv(EnvironmentCredentials.PASSWORD);
        if (benchmark && user != null && password != null) {
            auto = new Credentials(user, password.toCharArray());
        }
        DangjianApp.prepare(new GuiLaunch(gate, gate.state(), dataDir, benchmark, auto));
        Application.launch(DangjianApp.class);
        return 0;
    }
}
