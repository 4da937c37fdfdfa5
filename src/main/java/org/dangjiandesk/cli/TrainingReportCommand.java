package org.dangjiandesk.cli;

import java.nio.file.Path;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code training report --year YEAR [--org ORG] --out FILE}: the members below their yearly hours norm and the
 * figures per organisation, as one workbook.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class TrainingReportCommand extends DataCommand {
    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "cli.training.year")
    Integer year;

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "cli.training.org")
    String org;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Override
    protected int run(Services services) {
        var training = services.training();
        int y = year == null ? training.sessions().currentYear() : year;
        Long orgId = null;
        if (org != null) {
            OrgTree tree = services.orgs().loadTree();
            orgId = Orgs.find(tree, org).map(OrgUnit::id)
                    .orElseThrow(() -> new UserError(messages().get("import.error.underNotFound", org)));
        }
        int below = training.sheets().report(y, orgId, out);
        out().println(messages().get("cli.training.done", String.valueOf(y), below, out.toAbsolutePath()));
        return 0;
    }
}
