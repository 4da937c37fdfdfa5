package org.dangjiandesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Inserts many records of one table with a single prepared statement bound once per row. jOOQ's
 * {@code batchInsert(records)} renders the SQL again for every record, which dominated large imports.
 */
final class BulkInsert {
    static final int CHUNK = 1000;

    private BulkInsert() {
    }

    /** Rows per multi-row INSERT: well below PostgreSQL's 32,767 bind values at our widest table. */
    static final int ROWS_PER_STATEMENT = 500;

    /**
     * Inserts the records' changed fields (the same for all records: the first record decides) with one JDBC
     * batch per {@link #CHUNK} rows. jOOQ renders the statement once; the values go to the driver directly,
     * because binding them through jOOQ's batch API (a bind-value object per cell) took most of a 100,000-member
     * import.
     */
    static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Field<?>> fields = changedFields(table, records.get(0));
        String sql = dsl.insertInto(table).columns(fields).values(new Object[fields.size()]).getSQL();
        int[] sqlTypes = new int[fields.size()];
        for (int i = 0; i < sqlTypes.length; i++) {
            sqlTypes[i] = fields.get(i).getDataType().getSQLType();
        }
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (R r : records) {
                    for (int i = 0; i < sqlTypes.length; i++) {
                        Object v = r.get(fields.get(i));
                        if (v == null) {
                            ps.setNull(i + 1, sqlTypes[i]);
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    ps.addBatch();
                    if (++pending == CHUNK) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw translated(sql, e);
            }
        });
    }

    /** Integrity violations (a duplicate ID number …) as jOOQ reports them everywhere else. */
    private static RuntimeException translated(String sql, SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return new IntegrityConstraintViolationException(x.getMessage(), x);
            }
        }
        return new DataAccessException("bulk insert failed: " + sql, e);
    }

    /**
     * Inserts records with multi-row INSERTs and returns the generated ids in the order of the records: both H2
     * and PostgreSQL return the rows of one INSERT … VALUES in the order of its rows.
     */
    static <R extends TableRecord<R>> List<Long> insertReturningIds(DSLContext dsl, Table<R> table,
            TableField<R, Long> id, List<R> records) {
        List<Long> ids = new ArrayList<>(records.size());
        if (records.isEmpty()) {
            return ids;
        }
        List<Field<?>> fields = changedFields(table, records.get(0));
        Field<?>[] columns = fields.toArray(Field<?>[]::new);
        for (int from = 0; from < records.size(); from += ROWS_PER_STATEMENT) {
            List<R> chunk = records.subList(from, Math.min(records.size(), from + ROWS_PER_STATEMENT));
            List<Record> rows = new ArrayList<>(chunk.size());
            for (R r : chunk) {
                rows.add(r.into(columns));
            }
            List<Long> chunkIds = dsl.insertInto(table).columns(fields).valuesOfRecords(rows)
                    .returningResult(id).fetch(id);
            if (chunkIds.size() != chunk.size()) {
                throw new StoreException(StoreException.Reason.OTHER,
                        "expected " + chunk.size() + " generated ids, got " + chunkIds.size());
            }
            ids.addAll(chunkIds);
        }
        return ids;
    }

    private static List<Field<?>> changedFields(Table<?> table, Record first) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (first.changed(f)) {
                fields.add(f);
            }
        }
        return fields;
    }
}
