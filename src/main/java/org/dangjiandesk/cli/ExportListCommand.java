package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.roster.NameList;
import org.dangjiandesk.model.OrgUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code export list NAME --from DATE --to DATE --out FILE}: 花名册, 转入, 转出, 死亡 or 预备党员名册. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class ExportListCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.list.name")
    String name;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.list.from")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.list.to")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.out")
    Path out;

    @Option(names = "--unmasked", descriptionKey = "cli.export.unmasked")
    boolean unmasked;

    @Override
    protected int run(Services services) {
        NameList list;
        try {
            list = NameList.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), messages().get("cli.list.unknown", name));
        }
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), messages().get("cli.list.badRange"));
        }
        String unit = services.orgs().loadTree().roots().stream().findFirst().map(OrgUnit::fullName).orElse("");
        int n = services.excel().nameLists().export(list, from, to, out, unmasked, unit, Progress.NONE);
        out().println(messages().get("cli.list.done", messages().get(list.titleKey()), n, out.toAbsolutePath()));
        return 0;
    }
}
