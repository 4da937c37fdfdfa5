package org.dangjiandesk.store;

import java.nio.file.Path;
import org.jooq.SQLDialect;
import java.util.Optional;

/**
 * Where the data lives. The embedded H2 file database is the default; a JDBC URL to PostgreSQL selects the shared
 * database. {@code WRITE_DELAY=0} makes H2 write every commit through before confirming it, so a crash never loses
 * a confirmed save.
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    public static final String DATABASE_FILE_NAME = "dangjiandesk";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    /** The file H2 keeps an embedded database in (MVStore). */
    public static final String DATABASE_FILE_SUFFIX = ".mv.db";
    private static final String FILE_PREFIX = "jdbc:h2:file:";
    /**
     * H2's own trace file ({@code .trace.db}, beside the database, never encrypted) records failed statements with
     * the values they quote (a duplicate ID number, a name too long): personal data in plain text. Errors reach
     * the app, which logs them scrubbed.
     */
    private static final String NO_TRACE_FILE = ";TRACE_LEVEL_FILE=0";

    public static DatabaseConfig embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(DATABASE_FILE_NAME);
        return new DatabaseConfig(FILE_PREFIX + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" + NO_TRACE_FILE, "sa", "");
    }

    /**
     * The embedded database encrypted with AES under a random 256-bit file key (H2 takes "filePassword
     * userPassword"; the file password is the key in hex, the user's password stays empty).
     * <p>{@code REUSE_SPACE=FALSE}: with {@code CIPHER=AES}, H2 2.5 lost confirmed commits after a kill when they
     * followed a large transaction and were written into reused space (reproduced here: 3 of 4 kills lost the
     * last commit; with space reuse off, none of 10). New chunks are appended instead; closing compacts the
     * file once it is mostly garbage ({@code Database.COMPACT_BELOW_FILL_RATE}). {@code EncryptedDurabilityTest} guards it.</p>
     */
    public static DatabaseConfig embeddedEncrypted(Path dataDir, byte[] fileKey) {
        Path file = dataDir.toAbsolutePath().resolve(DATABASE_FILE_NAME);
        return new DatabaseConfig("jdbc:h2:file:" + file + ";CIPHER=AES;REUSE_SPACE=FALSE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + NO_TRACE_FILE, "sa",
                java.util.HexFormat.of().formatHex(fileKey) + " ");
    }

    /** True when the data folder holds an embedded database file. */
    public static boolean embeddedExists(Path dataDir) {
        return java.nio.file.Files.exists(dataDir.resolve(DATABASE_FILE_NAME + ".mv.db"));
    }

    /** An in-memory H2 database for tests; it lives until {@link Database#close()}. */
    public static DatabaseConfig inMemory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * A shared PostgreSQL database, e.g. {@code jdbc:postgresql://host:5432/dangjian}. User and password may also
     * be given in the URL ({@code ?user=…&password=…}); then pass null for them here.
     *
     * @throws IllegalArgumentException for a URL of any other database
     */
    public static DatabaseConfig postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + jdbcUrl);
        }
        return new DatabaseConfig(jdbcUrl, user, password);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith(POSTGRES_PREFIX);
    }

    /** The jOOQ dialect of this database. */
    SQLDialect dialect() {
        return isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2;

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
        return "DatabaseConfig[" + jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***") + "]"; // never print the password
    }
}
