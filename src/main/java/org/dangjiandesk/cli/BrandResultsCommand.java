package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import picocli.CommandLine.Command;

/** {@code brand results --round N --out FILE}: the results table of a round (ranks, ties, awards). */
@Command(name = "results", mixinStandardHelpOptions = true)
public final class BrandResultsCommand extends BrandRoundSheetCommand {
    @Override
    void write(Services services, long round, Path out) {
        services.brand().sheets().results(round, out);
    }
}
