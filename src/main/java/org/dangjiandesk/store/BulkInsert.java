package org.dangjiandesk.store;

import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

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

    /** Inserts the records' changed fields (the same for all records: the first record decides). */
    static <R extends TableRecord<R>> void insert(DSLContext dsl, Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Field<?>> fields = changedFields(table, records.get(0));
        Object[] placeholders = new Object[fields.size()];
        for (int from = 0; from < records.size(); from += CHUNK) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(table).columns(fields).values(placeholders));
            for (R r : records.subList(from, Math.min(records.size(), from + CHUNK))) {
                Object[] row = new Object[fields.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.get(fields.get(i));
                }
                batch.bind(row);
            }
            batch.execute();
        }
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
