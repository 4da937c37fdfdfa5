package org.dangjiandesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.excel.read.TableReadException;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.ImportProblem;
import org.dangjiandesk.logic.excel.roster.ImportRefusedException;
import org.dangjiandesk.logic.excel.roster.ImportResult;
import org.dangjiandesk.logic.excel.roster.ProblemsWorkbook;
import org.dangjiandesk.logic.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import roster FILE [--dry-run] [--create-branches] [--under ORG] [--json]}. Exits 0 whenever the file could
 * be read, even with rejected rows (they are listed and written to a problems workbook beside the file); exits 1
 * with a sentence when it could not be read. Without --dry-run, the valid rows are written in one transaction.
 */
@Command(name = "roster", mixinStandardHelpOptions = true)
public final class ImportRosterCommand extends DataCommand {
    private static final int PROBLEMS_SHOWN = 30;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--create-branches", descriptionKey = "cli.import.createBranches")
    boolean createBranches;

    @Option(names = "--under", paramLabel = "ORG", descriptionKey = "cli.import.under")
    String under;

    @Option(names = "--json", descriptionKey = "cli.import.json")
    boolean json;

    @Override
    protected int run(Services services) {
        Messages m = messages();
        if (!Files.isRegularFile(file)) {
            throw new UserError(m.get("cli.import.noFile", file));
        }
        ImportPreview preview;
        ImportResult result = null;
        try {
            ImportOptions options = new ImportOptions(createBranches, under);
            preview = services.excel().rosterImport().preview(file, options, Progress.NONE);
            if (!dryRun) {
                result = services.excel().rosterImport().apply(preview, true, true, under, Progress.NONE);
            }
        } catch (TableReadException e) {
            throw new UserError(m.get("cli.import.unreadable", file.getFileName(), m.get(e.messageKey())));
        } catch (ImportRefusedException e) {
            throw new UserError(m.get(e.messageKey(), e.args().toArray()));
        }
        Path problems = preview.invalidRows().isEmpty() ? null : ProblemsWorkbook.write(file, preview, m);
        if (json) {
            out().println(Json.write(asJson(preview, result, problems)));
        } else {
            printText(m, preview, result, problems);
        }
        return 0;
    }

    private Map<String, Object> asJson(ImportPreview p, ImportResult r, Path problemsFile) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("file", file.toAbsolutePath().toString());
        j.put("dryRun", dryRun);
        j.put("valid", p.validRows());
        j.put("invalid", p.invalidCount());
        j.put("new", p.newMembers().size());
        j.put("changed", p.changed().size());
        j.put("unchanged", p.unchanged());
        j.put("missing", p.missing().size());
        j.put("newBranches", p.newBranches());
        j.put("unknownColumns", p.mapping().unknownHeaders());
        List<Object> problems = new ArrayList<>();
        for (ImportProblem x : p.problems()) {
            Map<String, Object> pj = new LinkedHashMap<>();
            pj.put("row", x.row());
            pj.put("column", x.column());
            pj.put("severity", x.severity().name().toLowerCase(java.util.Locale.ROOT));
            pj.put("message", x.message());
            problems.add(pj);
        }
        j.put("problems", problems);
        j.put("inserted", r == null ? 0 : r.inserted());
        j.put("updated", r == null ? 0 : r.updated());
        j.put("branchesCreated", r == null ? 0 : r.branchesCreated());
        j.put("problemsWorkbook", problemsFile == null ? null : problemsFile.toString());
        return j;
    }

    private void printText(Messages m, ImportPreview p, ImportResult r, Path problemsFile) {
        out().println(m.get("import.summary", p.validRows(), p.invalidCount(), p.newMembers().size(),
                p.changed().size(), p.unchanged(), p.missing().size()));
        if (!p.mapping().unknownHeaders().isEmpty()) {
            out().println(m.get("cli.import.unknownColumns", String.join("、", p.mapping().unknownHeaders())));
        }
        p.problems().stream().limit(PROBLEMS_SHOWN).forEach(x -> out().println(
                m.get("cli.import.problem", x.row(), x.column().isEmpty() ? "" : x.column() + m.get("common.colon"),
                        x.message())));
        if (p.problems().size() > PROBLEMS_SHOWN) {
            out().println(m.get("cli.import.moreProblems", p.problems().size() - PROBLEMS_SHOWN));
        }
        if (problemsFile != null) {
            out().println(m.get("import.problemsWritten", problemsFile));
        }
        out().println(r == null ? m.get("cli.import.dryRunDone")
                : m.get("import.done", r.inserted(), r.updated(), r.branchesCreated()));
    }
}
