package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import picocli.CommandLine.Command;

/** {@code brand scoresheet --round N --out FILE}: the judges' blank score sheet of a round. */
@Command(name = "scoresheet", mixinStandardHelpOptions = true)
public final class BrandScoreSheetCommand extends BrandRoundSheetCommand {
    @Override
    void write(Services services, long round, Path out) {
        services.brand().sheets().scoreSheet(round, out);
    }
}
