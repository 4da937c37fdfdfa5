package org.dangjiandesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a closed embedded database without changing it: the clean-close mark, then every table read row by row
 * with every column (each data page decoded) and the rows read compared with {@code COUNT(*)}. Used to verify
 * backups (opened in a temporary folder) and by {@code verify}.
 */
public final class DatabaseCheck {
    private DatabaseCheck() {
    }

    /**
     * Rows per table of a database that passed the check. Throws {@link StoreException}: CORRUPT when damaged,
     * IN_USE when another process has it open, NOT_FOUND when there is no database file.
     */
    public static Map<String, Long> check(DatabaseConfig config) {
        Path file = config.databaseFile()
                .orElseThrow(() -> new IllegalArgumentException("not an embedded database: " + config));
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "no database file: " + file);
        }
        try {
            if (!CleanCloseMark.matches(file)) {
                throw new StoreException(StoreException.Reason.CORRUPT,
                        "the database file changed since the app closed it: " + file);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, "cannot read the database file", e);
        }
        String url = config.jdbcUrl() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, config.user(), config.password())) {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : TableCounts.tables(c)) {
                counts.put(table, checkTable(c, table));
            }
            return counts;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw Database.openFailure(e);
        }
    }

    private static long checkTable(Connection c, String table) throws SQLException {
        long counted;
        long read = 0;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + TableCounts.quote(table))) {
                rs.next();
                counted = rs.getLong(1);
            }
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + TableCounts.quote(table))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    read++;
                }
            }
        }
        if (read != counted) {
            throw new StoreException(StoreException.Reason.CORRUPT,
                    table + ": " + counted + " rows counted but " + read + " read");
        }
        return read;
    }
}
