package org.dangjiandesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.dangjiandesk.cli.RootCommand;
import org.dangjiandesk.gui.DangjianApp;
import org.dangjiandesk.gui.GuiLaunch;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.backup.DataFolderRecovery;
import org.dangjiandesk.store.DatabaseConfig;
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
        RootCommand root = new RootCommand(dataDir -> AppServices.open(dataDir, locale), Launcher::startGui);
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

    /** Opens the database on another thread while JavaFX starts, so the window appears at once. */
    private static int startGui(Path dataDir, boolean benchmark) {
        Warmup.start();
        CompletableFuture<ServicesSession> session =
                CompletableFuture.supplyAsync(() -> AppServices.open(dataDir, Messages.CHINESE));
        DangjianApp.prepare(new GuiLaunch(session, dataDir, benchmark,
                new DataFolderRecovery(DatabaseConfig.embedded(dataDir), Clock.systemDefaultZone()),
                () -> AppServices.open(dataDir, Messages.CHINESE)));
        Application.launch(DangjianApp.class);
        return 0;
    }
}
