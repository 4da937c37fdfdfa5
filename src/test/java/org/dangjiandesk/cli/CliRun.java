package org.dangjiandesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.i18n.Messages;
import picocli.CommandLine;

/** Runs commands in-process on one data folder, as {@code java -jar dangjiandesk.jar --data-dir D …} would. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path dataDir;

    CliRun(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Runs one command line and returns its exit code; {@link #out} and {@link #err} hold its output. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new RootCommand((dir, dbUrl) -> AppServices.open(dir, dbUrl, Messages.CHINESE),
                (dir, dbUrl, benchmark) -> {
                    throw new AssertionError("no window in a command test");
                }));
        cli.setResourceBundle(Messages.bundleFor(Messages.CHINESE));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }
}
