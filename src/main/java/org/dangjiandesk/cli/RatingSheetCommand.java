package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Quarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rating sheet --org ORG --quarter 2026Q3 [--blank] --out FILE.xlsx}: the printed 季度考评表. */
@Command(name = "sheet", mixinStandardHelpOptions = true)
public final class RatingSheetCommand extends DataCommand {
    @Option(names = "--org", required = true, paramLabel = "ORG", descriptionKey = "cli.rating.org")
    String org;

    @Option(names = "--quarter", required = true, paramLabel = "YYYYQn", descriptionKey = "cli.rating.quarter")
    String quarterText;

    @Option(names = "--blank", descriptionKey = "cli.rating.blank")
    boolean blank;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    private Quarter quarter;

    @Override
    protected void checkOptions() {
        try {
            quarter = Quarter.parse(quarterText);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), messages().get("rating.error.quarter", quarterText));
        }
    }

    @Override
    protected int run(Services services) {
        OrgUnit unit = Orgs.find(services.orgs().loadTree(), org)
                .orElseThrow(() -> new UserError(messages().get("cli.rating.noOrg", org)));
        if (!unit.type().isBranchLike()) {
            throw new UserError(messages().get("rating.error.notBranch", unit.fullName()));
        }
        int n = services.rating().sheets().export(unit.id(), quarter, blank, out);
        out().println(messages().get(blank ? "cli.rating.doneBlank" : "cli.rating.done", unit.fullName(),
                quarter.toString(), n, out.toAbsolutePath()));
        return 0;
    }
}
