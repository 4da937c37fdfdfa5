package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code brand report [--year YYYY] --out FILE}: the brand project summary table (项目汇总表) as .xlsx. */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class BrandReportCommand extends DataCommand {
    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.brand.year")
    Integer year;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Override
    protected void checkOptions() {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ParameterException(spec.commandLine(), messages().get("brand.error.yearInvalid", "" + year));
        }
    }

    @Override
    protected int run(Services services) {
        int n = services.brand().sheets().summary(year, out, Progress.NONE);
        out().println(messages().get("cli.brand.reportDone", n, out.toAbsolutePath()));
        return 0;
    }
}
