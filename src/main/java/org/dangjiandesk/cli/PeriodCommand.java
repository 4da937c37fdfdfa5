package org.dangjiandesk.cli;

import java.io.PrintWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.stats.Check;
import org.dangjiandesk.logic.stats.MissingFields;
import org.dangjiandesk.logic.stats.Preflight;
import picocli.CommandLine.Command;

/** {@code period close 2026Q3}, {@code period check 2026Q3}: statistics periods from the command line. */
@Command(name = "period", mixinStandardHelpOptions = true,
        subcommands = {PeriodCloseCommand.class, PeriodCheckCommand.class})
public final class PeriodCommand extends GroupCommand {
    /** At most this many members missing fields are listed; the count is always given. */
    static final int LISTED_MEMBERS = 20;

    /** Prints the pre-flight checks, one line each: [通过]/[提示]/[错误] and the text. */
    static void print(Preflight.Result result, PrintWriter out, Messages m) {
        for (Check c : result.checks()) {
            out.println(m.get("cli.stats.check." + c.level().name()) + " " + c.text());
            int n = 0;
            for (MissingFields f : c.members()) {
                if (n++ == LISTED_MEMBERS) {
                    out.println("    …");
                    break;
                }
                out.println("    " + f.name() + "（" + f.orgName() + "）：" + String.join("、", f.fields())
                        + " #" + f.memberId());
            }
        }
    }
}
