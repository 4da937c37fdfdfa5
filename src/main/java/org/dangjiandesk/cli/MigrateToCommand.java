package org.dangjiandesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjiandesk.logic.KeyedException;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.shared.SharedDatabaseService.TableCopy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-to (--db-url URL | --data-dir DIR) [--json]}: copies every table of the open database (the data
 * folder's, or the one named by the top-level --db-url) into an empty PostgreSQL database, or back into a new data
 * folder, and verifies row counts and checksums before the copy commits.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true)
public final class MigrateToCommand extends DataCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--db-url", paramLabel = "URL", required = true, descriptionKey = "cli.migrate.dbUrl")
        String dbUrl;

        @Option(names = "--data-dir", paramLabel = "DIR", required = true, descriptionKey = "cli.migrate.dataDir")
        Path dataDir;
    }

    @Option(names = "--json", descriptionKey = "cli.migrate.json")
    boolean json;

    @Override
    protected int run(Services services) {
        List<TableCopy> tables;
        try {
            tables = target.dbUrl != null ? services.sharedDatabase().copyToServer(target.dbUrl)
                    : services.sharedDatabase().copyToDataDir(target.dataDir);
        } catch (KeyedException e) {
            throw new UserError(new ErrorTexts(messages()).describe(e));
        } catch (IllegalArgumentException e) {
            throw new UserError(messages().get("cli.migrate.badUrl", target.dbUrl));
        } catch (RuntimeException e) {
            throw new UserError(messages().get("cli.migrate.failed", rootMessage(e)));
        }
        long rows = tables.stream().mapToLong(TableCopy::rows).sum();
        if (json) {
            Map<String, Object> byTable = new LinkedHashMap<>();
            for (TableCopy t : tables) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("rows", t.rows());
                one.put("sha256", t.checksum());
                byTable.put(t.table(), one);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("verified", true);
            root.put("rows", rows);
            root.put("tables", byTable);
            out().println(Json.write(root));
        } else {
            for (TableCopy t : tables) {
                out().println(messages().get("cli.migrate.table", t.table(), t.rows(), t.checksum().substring(0, 16)));
            }
            out().println(messages().get("cli.migrate.done", tables.size(), rows));
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
