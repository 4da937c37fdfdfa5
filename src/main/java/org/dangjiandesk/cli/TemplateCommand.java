package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template roster --out FILE}: the blank import template with dropdowns and notes. */
@Command(name = "template", mixinStandardHelpOptions = true, subcommands = {TemplateCommand.Roster.class})
public final class TemplateCommand extends GroupCommand {

    /** {@code template roster}. */
    @Command(name = "roster", mixinStandardHelpOptions = true)
    public static final class Roster extends DataCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
        Path out;

        @Override
        protected int run(Services services) {
            services.excel().rosterTemplate().write(out);
            out().println(messages().get("cli.written", out.toAbsolutePath()));
            return 0;
        }
    }
}
