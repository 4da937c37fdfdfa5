package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandException;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import picocli.CommandLine.Option;

/** A workbook of one 展评 round: {@code --round N --out FILE}; the subclass says which sheet. */
abstract class BrandRoundSheetCommand extends DataCommand {
    @Option(names = "--round", required = true, paramLabel = "N", descriptionKey = "cli.brand.round")
    long round;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    /** Writes the round's sheet to {@code out}. */
    abstract void write(Services services, long round, Path out);

    @Override
    protected int run(Services services) {
        try {
            write(services, round, out);
        } catch (BrandException e) {
            throw new UserError(new ErrorTexts(messages()).describe(e));
        }
        out().println(messages().get("cli.written", out.toAbsolutePath()));
        return 0;
    }
}
