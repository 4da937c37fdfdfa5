package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandException;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brand scoresheet --round N --out FILE}: the judges' blank score sheet of a round. */
@Command(name = "scoresheet", mixinStandardHelpOptions = true)
public final class BrandScoreSheetCommand extends DataCommand {
    @Option(names = "--round", required = true, paramLabel = "N", descriptionKey = "cli.brand.round")
    long round;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Override
    protected int run(Services services) {
        try {
            services.brand().sheets().scoreSheet(round, out);
        } catch (BrandException e) {
            throw new UserError(new ErrorTexts(messages()).describe(e));
        }
        out().println(messages().get("cli.written", out.toAbsolutePath()));
        return 0;
    }
}
