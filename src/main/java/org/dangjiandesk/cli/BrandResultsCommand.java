package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandException;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brand results --round N --out FILE}: the results table of a round (ranks, ties, awards). */
@Command(name = "results", mixinStandardHelpOptions = true)
public final class BrandResultsCommand extends DataCommand {
    @Option(names = "--round", required = true, paramLabel = "N", descriptionKey = "cli.brand.round")
    long round;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Override
    protected int run(Services services) {
        try {
            services.brand().sheets().results(round, out);
        } catch (BrandException e) {
            throw new UserError(new ErrorTexts(messages()).describe(e));
        }
        out().println(messages().get("cli.written", out.toAbsolutePath()));
        return 0;
    }
}
