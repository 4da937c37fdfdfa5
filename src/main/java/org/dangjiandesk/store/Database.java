package org.dangjiandesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the database, brings its schema up to date with Flyway, and runs units of work through jOOQ. */
public final class Database implements DataStore, BackupSource {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2 error code for "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2 error codes of a damaged file: FILE_CORRUPTED_1, FILE_VERSION_ERROR_1, FILE_ENCRYPTION_ERROR_1 (90049). */
    private static final java.util.Set<Integer> H2_FILE_DAMAGED = java.util.Set.of(90030, 90048, 90049);

    private final DatabaseConfig config;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    /**
     * Every write transaction holds the read side; an online backup takes the write side, so the rows it counts
     * are exactly the rows the backup holds (H2's BACKUP is consistent, but counting is a separate statement).
     */
    private final ReadWriteLock writeGate = new ReentrantReadWriteLock();

    private Database(DatabaseConfig config, JdbcConnectionPool pool, DSLContext dsl) {
        this.config = config;
        this.pool = pool;
        this.dsl = dsl;
    }

    /**
     * Opens (creating if needed) and migrates the database. Throws {@link StoreException} with reason IN_USE when
     * another process has it open, CORRUPT when the file is damaged (it is left as it is).
     */
    public static Database open(DatabaseConfig config) {
        Optional<Path> file = config.databaseFile();
        if (file.isPresent()) {
            checkCleanCloseMark(file.get());
        }
        JdbcConnectionPool pool = pool(config);
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            LOG.info("database opened: {}", probe.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw openFailure(e);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw openFailure(e);
        }
        if (file.isPresent()) {
            try {
                CleanCloseMark.remove(file.get()); // from now on the file changes
            } catch (IOException e) {
                LOG.warn("cannot remove the clean-close mark: {}", e.getMessage());
            }
        }
        migrate(pool);
        return new Database(config, pool, DSL.using(pool, config.dialect(), settings()));
    }

    /** H2's small connection pool serves both engines (for PostgreSQL over the driver's pooled connections). */
    private static JdbcConnectionPool pool(DatabaseConfig config) {
        if (config.isH2()) {
            return JdbcConnectionPool.create(config.jdbcUrl(), config.user(), config.password());
        }
        if (!config.isPostgres()) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "unsupported database: " + config);
        }
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(config.jdbcUrl());
        if (config.user() != null) {
            pg.setUser(config.user());
        }
        if (config.password() != null) {
            pg.setPassword(config.password());
        }
        return JdbcConnectionPool.create(pg);
    }

    private static void checkCleanCloseMark(Path file) {
        boolean intact;
        try {
            intact = CleanCloseMark.matches(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot read the database file", e);
        }
        if (!intact) {
            throw new StoreException(StoreException.Reason.CORRUPT,
                    "the database file changed since the app closed it: " + file);
        }
    }

    /** Sorts an open failure into in use, damaged or other. */
    static StoreException openFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException se) {
                return se;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new StoreException(StoreException.Reason.IN_USE, "database is already in use", e);
            }
        }
        if (isDamage(e)) {
            return new StoreException(StoreException.Reason.CORRUPT, "the database file is damaged", e);
        }
        return new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot open database", e);
    }

    /**
     * A page found damaged while the app runs (a file damaged after a crash has no clean-close mark, so the start
     * cannot catch it): CORRUPT, so the user is told to restore a backup instead of "an unexpected error".
     */
    private static RuntimeException damagedOr(RuntimeException e) {
        if (!(e instanceof StoreException) && isDamage(e)) {
            LOG.error("the database file is damaged", e);
            return new StoreException(StoreException.Reason.CORRUPT, "the database file is damaged", e);
        }
        return e;
    }

    /** True when H2 reports a damaged file: a file error code, or its storage engine failing on the file. */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && H2_FILE_DAMAGED.contains(sql.getErrorCode())) {
                return true;
            }
            if (t.getClass().getName().startsWith("org.h2.mvstore.")) {
                return true;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("File corrupted") || m.contains("MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The newest migration bundled (V{n}__…sql); {@code DatabaseTest} fails when a migration is added without
     * raising it. A database already at this version skips Flyway on start (it costs a second or two of start-up).
     */
    static final int SCHEMA_VERSION = 9;

    private static void migrate(DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Encrypts an unencrypted embedded database in place with a file key (the database must be closed). H2's tool
     * writes an encrypted copy and then replaces the file, so a crash leaves the old or the new file.
     */
    public static void encryptEmbedded(java.nio.file.Path dataDir, byte[] fileKey) {
        char[] key = java.util.HexFormat.of().formatHex(fileKey).toCharArray();
        try {
            org.h2.tools.ChangeFileEncryption.execute(dataDir.toAbsolutePath().toString(),
                    DatabaseConfig.DATABASE_FILE_NAME, "AES", null, key, true);
            // the file changed on purpose while closed: its clean-close mark describes the encrypted file now
            CleanCloseMark.write(dataDir.toAbsolutePath().resolve(DatabaseConfig.DATABASE_FILE_NAME
                    + DatabaseConfig.DATABASE_FILE_SUFFIX));
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot mark the encrypted database", e);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot encrypt the database", e);
        } finally {
            java.util.Arrays.fill(key, ' ');
        }
    }

    /** Connects once without changing anything (no migration) and returns the server's product and version. */
    public static String probe(DatabaseConfig config) {
        JdbcConnectionPool pool = pool(config);
        try (Connection c = pool.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot connect: " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }

    /** Renders a typical query without a database, which loads and initialises most of jOOQ's classes. */
    public static void warmUp() {
        DSL.using(SQLDialect.H2, settings())
                .select(org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER.ID, org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER.FULL_NAME)
                .from(org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER)
                .where(org.dangjiandesk.store.jooq.Tables.PARTY_MEMBER.ID.eq(1L))
                .getSQL();
    }

    /** True when Flyway's history says every migration up to {@link #SCHEMA_VERSION} succeeded. */
    private static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            int max = 0;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String v = rs.getString(1);
                if (v != null) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
            return max == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false; // a new database, or an unexpected history: let Flyway decide
        }
    }

    /** Identifiers unquoted, so each engine folds them its own way (H2 upper, PostgreSQL lower). */
    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderNameCase(RenderNameCase.AS_IS)
                .withRenderSchema(false)
                .withExecuteLogging(false);
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        try {
            return work.apply(new Repositories(dsl));
        } catch (RuntimeException e) {
            throw damagedOr(e);
        }
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        writeGate.readLock().lock();
        try {
            return dsl.transactionResult(cfg -> work.apply(new Repositories(cfg.dsl())));
        } catch (RuntimeException e) {
            throw damagedOr(e);
        } finally {
            writeGate.readLock().unlock();
        }
    }

    /** For whole-database work inside the store (copying between databases). */
    DSLContext dsl() {
        return dsl;
    }

    /**
     * Writes an online, consistent copy of the database ({@code BACKUP TO}, a zip holding the database file) while
     * no write transaction runs, and returns the rows per table it holds.
     */
    @Override
    public Map<String, Long> backupTo(Path zip) {
        if (config.databaseFile().isEmpty()) {
            throw new StoreException(StoreException.Reason.OTHER, "only an embedded file database can be backed up");
        }
        writeGate.writeLock().lock();
        try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            Map<String, Long> counts = TableCounts.count(c);
            try (java.sql.PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, zip.toAbsolutePath().toString());
                backup.execute();
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.OTHER, "backup failed: " + e.getMessage(), e);
        } finally {
            writeGate.writeLock().unlock();
        }
    }

    @Override
    public Map<String, Long> rowCounts() {
        try (Connection c = pool.getConnection()) {
            return TableCounts.count(c);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.OTHER, "cannot count rows", e);
        }
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    /** H2's share of live data in the file's chunks, in percent (100 when it cannot tell). */
    private static int chunksFillRate(java.sql.Statement st) throws SQLException {
        try (java.sql.ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /**
     * Below this share of live data in the file's chunks, closing compacts the file. The encrypted file never
     * reuses freed space ({@code REUSE_SPACE=FALSE}, see {@link DatabaseConfig}), so it grows with every commit;
     * compacting rewrites all of it through the cipher (about 30 s for 100,000 members), so it is done only once
     * the file holds twice its live data, not on every close.
     */
    static final int COMPACT_BELOW_FILL_RATE = 50;

    /**
     * Closes all connections; for H2 this shuts the engine down cleanly (compacting the file once it is mostly
     * garbage), then marks the file as cleanly closed so damage done to it before the next start is found.
     * Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        if (config.isH2()) {
            // a plain connection: SHUTDOWN closes it under our feet, which a pooled handle would report as an error
            try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl() + ";IFEXISTS=TRUE",
                    config.user(), config.password());
                 java.sql.Statement st = c.createStatement()) {
                int fillRate = chunksFillRate(st);
                boolean compact = fillRate < COMPACT_BELOW_FILL_RATE;
                st.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
                LOG.info("database closed (live data {}% of the file{})", fillRate, compact ? ", compacted" : "");
            } catch (SQLException e) {
                LOG.warn("shutdown failed: {}", e.getMessage());
                return;
            }
            Optional<Path> file = config.databaseFile();
            if (file.isPresent()) {
                try {
                    CleanCloseMark.write(file.get());
                } catch (IOException e) {
                    LOG.warn("cannot write the clean-close mark: {}", e.getMessage());
                }
            }
        }
    }

    private volatile boolean closed;
}
