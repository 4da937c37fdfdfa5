package org.dangjiandesk.logic.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dangjiandesk.logic.settings.SharedConnection;
import org.dangjiandesk.logic.settings.SharedConnectionStore;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;
import org.dangjiandesk.store.DatabaseCopy;

/**
 * Several clerks on one database: the connection each OS user keeps for the shared PostgreSQL database, and
 * moving all data from the open database into another, empty one (embedded → PostgreSQL, or back into a new data
 * folder), verified by row counts and checksums before the copy commits.
 */
public final class SharedDatabaseService {
    private final Database current;
    private final SharedConnectionStore connections;

    public SharedDatabaseService(Database current, SharedConnectionStore connections) {
        this.current = current;
        this.connections = connections;
    }

    /** One copied table: its rows, its checksum, and whether the target matched the source. */
    public record TableCopy(String table, long rows, String checksum) {
    }

    /** True when the app works on a shared PostgreSQL database now. */
    public boolean onSharedDatabase() {
        return current.config().isPostgres();
    }

    public SharedConnection savedConnection() {
        return connections.load();
    }

    /** Saves the connection for this OS user; it is used from the next start. */
    public void saveConnection(SharedConnection c) {
        connections.save(c);
    }

    /**
     * Connects to the server (without changing anything there) and returns its version.
     *
     * @throws SharedDatabaseException {@code shared.error.connect} when it cannot
     */
    public String testConnection(SharedConnection c) {
        try {
            return Database.probe(DatabaseConfig.postgres(c.jdbcUrl(), null, null));
        } catch (RuntimeException e) {
            throw new SharedDatabaseException(e, "shared.error.connect", firstLine(e));
        }
    }

    /** Copies everything into the empty PostgreSQL database at {@code jdbcUrl} (its schema is created first). */
    public List<TableCopy> copyToServer(String jdbcUrl) {
        return copyInto(DatabaseConfig.postgres(jdbcUrl, null, null));
    }

    /** Copies everything into a new embedded database in {@code dataDir}, which must not hold one yet. */
    public List<TableCopy> copyToDataDir(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith(DatabaseConfig.DATABASE_FILE_NAME))) {
                    throw new SharedDatabaseException("shared.error.dataDirNotEmpty", dir.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return copyInto(DatabaseConfig.embedded(dir));
    }

    private List<TableCopy> copyInto(DatabaseConfig target) {
        if (target.jdbcUrl().equals(current.config().jdbcUrl())) {
            throw new SharedDatabaseException("shared.error.sameDatabase");
        }
        try (Database to = Database.open(target)) {
            return DatabaseCopy.copy(current, to).stream()
                    .map(c -> new TableCopy(c.table(), c.rows(), c.checksum())).toList();
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
