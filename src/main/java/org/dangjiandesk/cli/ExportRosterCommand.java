package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.roster.RosterColumn;
import org.dangjiandesk.logic.excel.roster.RosterExportRequest;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export roster --out FILE [--org ORG] [--all-columns] [--unmasked]}: the roster in 姓氏笔画 order, ID
 * numbers and phones masked unless --unmasked.
 */
@Command(name = "roster", mixinStandardHelpOptions = true)
public final class ExportRosterCommand extends DataCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Option(names = "--org", paramLabel = "ORG", descriptionKey = "cli.export.org")
    String org;

    @Option(names = "--all-columns", descriptionKey = "cli.export.allColumns")
    boolean allColumns;

    @Option(names = "--unmasked", descriptionKey = "cli.export.unmasked")
    boolean unmasked;

    @Override
    protected int run(Services services) {
        OrgTree tree = services.orgs().loadTree();
        OrgUnit unit = org == null ? tree.roots().stream().findFirst().orElse(null) : Orgs.find(tree, org)
                .orElseThrow(() -> new UserError(messages().get("import.error.underNotFound", org)));
        Set<Long> ids = null;
        if (org != null) {
            Set<Long> subtree = tree.subtreeIds(unit.id());
            ids = services.roster().loadRoster().stream().filter(RosterEntry::isCurrent)
                    .filter(e -> subtree.contains(e.orgId())).map(RosterEntry::id).collect(Collectors.toSet());
        }
        List<RosterColumn> columns = allColumns ? List.of(RosterColumn.values()) : RosterExportRequest.nationalColumns();
        int n = services.excel().rosterExport().export(out, new RosterExportRequest(columns, ids, unmasked,
                unit == null ? "" : unit.fullName(), LocalDate.now(services.clock())), Progress.NONE);
        out().println(messages().get("cli.export.done", n, out.toAbsolutePath()));
        return 0;
    }
}
