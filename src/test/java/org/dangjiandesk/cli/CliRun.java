package org.dangjiandesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dangjiandesk.logic.security.Credentials;
import org.dangjiandesk.testutil.TestAccounts;
import org.dangjiandesk.logic.i18n.Messages;
import picocli.CommandLine;

/** Runs commands in-process on one data folder, as {@code java -jar dangjiandesk.jar --data-dir D …} would. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path dataDir;

    private String user = TestAccounts.CLERK;

    /** Runs commands as the test clerk, on a data folder that gets the test accounts if it has none. */
    CliRun(Path dataDir) {
        this(dataDir, true);
    }

    /** {@code withAccounts = false} leaves a new data folder without accounts (to test {@code init --admin}). */
    CliRun(Path dataDir, boolean withAccounts) {
        this.dataDir = dataDir;
        if (withAccounts) {
            TestAccounts.ensure(dataDir);
        }
    }

    /** Runs the next commands as another user (the password is always {@link TestAccounts#PASSWORD}). */
    CliRun as(String loginName) {
        this.user = loginName;
        return this;
    }

    private CredentialSource credentials() {
        return new CredentialSource() {
            @Override
            public Credentials login(String userOption) {
                return new Credentials(userOption != null ? userOption : user, TestAccounts.PASSWORD.toCharArray());
            }

            @Override
            public char[] newPassword(String forLogin) {
                return TestAccounts.PASSWORD.toCharArray();
            }
        };
    }

    /** Runs one command line and returns its exit code; {@link #out} and {@link #err} hold its output. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = new CommandLine(new RootCommand((dir, dbUrl) -> TestAccounts.gate(dir), credentials(),
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
