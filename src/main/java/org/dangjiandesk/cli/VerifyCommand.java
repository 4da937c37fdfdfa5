package org.dangjiandesk.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: checks the (closed) database of the data folder without changing it: every row of every table
 * is read and the rows compared with the tables' counts. Exit code 1 when it is damaged or cannot be opened.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = (RootCommand) spec.root().userObject();
        Messages m = Messages.forLocale(spec.resourceBundle() == null ? Messages.CHINESE
                : spec.resourceBundle().getLocale());
        try {
            Map<String, Long> counts = root.recovery().check();
            var out = spec.commandLine().getOut();
            out.println(m.get("cli.verify.ok", counts.size(), counts.values().stream().mapToLong(x -> x).sum()));
            counts.forEach((table, n) -> out.println(m.get("cli.verify.table", table, n)));
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(new ErrorTexts(m).describe(e));
            return DataCommand.USER_ERROR;
        }
    }
}
