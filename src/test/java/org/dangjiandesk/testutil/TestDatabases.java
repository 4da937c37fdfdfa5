package org.dangjiandesk.testutil;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.DatabaseConfig;

/**
 * The database tests run on. In-memory H2 by default; with {@code -Ddangjiandesk.test.db=postgresql} (the
 * {@code pg-tests} run of the pom) each test gets a fresh schema of the PostgreSQL server named by
 * {@value #PG_URL} (system property or environment variable, e.g.
 * {@code jdbc:postgresql://localhost:5432/djtest?user=djtest&password=djtest}), dropped again on close.
 */
public final class TestDatabases {
    public static final String PG_URL = "DANGJIANDESK_TEST_PG_URL";

    private TestDatabases() {
    }

    /** The PostgreSQL server for tests, if one is configured. */
    public static Optional<String> postgresUrl() {
        String url = System.getProperty(PG_URL, System.getenv(PG_URL));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** True when this run's repository and service tests go to PostgreSQL instead of H2. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("dangjiandesk.test.db", ""));
    }

    /** A fresh, migrated database for one test (PostgreSQL when {@link #onPostgres()}). */
    public static TestDatabase open() {
        if (!onPostgres()) {
            return new TestDatabase(Database.open(DatabaseConfig.inMemory("test-" + UUID.randomUUID())), () -> { });
        }
        String server = postgresUrl().orElseThrow(() ->
                new IllegalStateException("dangjiandesk.test.db=postgresql needs " + PG_URL));
        return freshPostgres(server);
    }

    /** A new empty schema on the PostgreSQL server, migrated; dropped when the returned database is closed. */
    public static TestDatabase freshPostgres(String server) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE SCHEMA " + schema);
        DatabaseConfig config = DatabaseConfig.postgres(withSchema(server, schema), null, null);
        Database db = Database.open(config);
        return new TestDatabase(db, () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** An empty schema (not migrated) and its URL; the caller drops it with {@link #dropSchema}. */
    public static String emptyPostgresSchema(String server, String schema) {
        execute(server, "CREATE SCHEMA " + schema);
        return withSchema(server, schema);
    }

    public static void dropSchema(String server, String schema) {
        execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static String withSchema(String server, String schema) {
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** An open test database and what removes it afterwards. */
    public record TestDatabase(Database database, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            cleanup.run();
        }
    }
}
