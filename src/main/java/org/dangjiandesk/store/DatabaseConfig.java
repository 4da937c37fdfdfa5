package org.dangjiandesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives. The embedded H2 file database is the default; a JDBC URL to PostgreSQL selects the shared
 * database. {@code WRITE_DELAY=0} makes H2 write every commit through before confirming it, so a crash never loses
 * a confirmed save.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    public static final String DATABASE_FILE_NAME = "dangjiandesk";
    /** The file H2 keeps an embedded database in (MVStore). */
    public static final String DATABASE_FILE_SUFFIX = ".mv.db";
    private static final String FILE_PREFIX = "jdbc:h2:file:";

    public static DatabaseConfig embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(DATABASE_FILE_NAME);
        return new DatabaseConfig(FILE_PREFIX + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** An in-memory H2 database for tests; it lives until {@link Database#close()}. */
    public static DatabaseConfig inMemory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The database file of an embedded database ({@code …/dangjiandesk.mv.db}); empty for any other kind. */
    public Optional<Path> databaseFile() {
        if (!jdbcUrl.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        int options = jdbcUrl.indexOf(';');
        String base = options < 0 ? jdbcUrl.substring(FILE_PREFIX.length()) : jdbcUrl.substring(FILE_PREFIX.length(), options);
        return Optional.of(Path.of(base + DATABASE_FILE_SUFFIX));
    }

    /**
     * The same embedded database (same options, user and password, so a file key added later carries over) in
     * another folder: how a backup is opened to verify it, in a temporary folder, without touching the live data.
     */
    public DatabaseConfig inFolder(Path folder) {
        Path file = databaseFile().orElseThrow(() -> new IllegalStateException("not an embedded database: " + this));
        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - DATABASE_FILE_SUFFIX.length());
        int options = jdbcUrl.indexOf(';');
        String rest = options < 0 ? "" : jdbcUrl.substring(options);
        return new DatabaseConfig(FILE_PREFIX + folder.toAbsolutePath().resolve(base) + rest, user, password);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + jdbcUrl + "]"; // never print the password
    }
}
