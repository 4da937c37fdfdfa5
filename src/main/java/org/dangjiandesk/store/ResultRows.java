package org.dangjiandesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ResultQuery;

/**
 * Reads a jOOQ-built query's rows straight from the JDBC result set, by column position. For the large reads at
 * start-up (the organisation tree, the roster): mapping through a jOOQ record per row cost them about twice as
 * much while the JVM is still cold. The SQL stays jOOQ's; only the reading is by hand.
 */
final class ResultRows {
    private final ResultSet rs;

    private ResultRows(ResultSet rs) {
        this.rs = rs;
    }

    /** Maps every row of the query; the mapper reads columns 1… in the order of the query's select list. */
    static <T> List<T> map(ResultQuery<?> query, RowMapper<T> mapper) {
        try (ResultSet rs = query.fetchResultSet()) {
            ResultRows row = new ResultRows(rs);
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(row));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.OTHER, "cannot read rows: " + e.getMessage(), e);
        }
    }

    /** Hands every row of the query to the consumer, nothing kept: for large reads folded into sums. */
    static void forEach(ResultQuery<?> query, RowConsumer consumer) {
        try (ResultSet rs = query.fetchResultSet()) {
            ResultRows row = new ResultRows(rs);
            while (rs.next()) {
                consumer.accept(row);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.OTHER, "cannot read rows: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultRows row) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultRows row) throws SQLException;
    }

    String text(int column) throws SQLException {
        return rs.getString(column);
    }

    long longValue(int column) throws SQLException {
        return rs.getLong(column);
    }

    Long longOrNull(int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    int intValue(int column) throws SQLException {
        return rs.getInt(column);
    }

    /** SQL NULL reads as false. */
    boolean flag(int column) throws SQLException {
        return rs.getBoolean(column);
    }

    java.math.BigDecimal decimal(int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    LocalDate date(int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    <E extends Enum<E>> E enumOrNull(int column, Class<E> type) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
