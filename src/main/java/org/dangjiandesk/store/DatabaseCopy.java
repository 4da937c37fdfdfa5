package org.dangjiandesk.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.store.jooq.DefaultSchema;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Copies every table of one database into another, empty one (embedded H2 → shared PostgreSQL, and back), in one
 * transaction of the target, and verifies the copy by row counts and a checksum of each table's contents before it
 * commits. Both databases are at the same schema version (the same app migrated them), so the tables are those
 * of the generated schema, history and logs included.
 *
 * <p>Foreign keys are satisfied by copying referenced tables first. A key pointing at the same table (parent_id) or
 * at a table still to come (the organisation ↔ place pair) is written as null first and filled in once all rows are
 * there.
 */
public final class DatabaseCopy {
    /** Rows per JDBC batch. */
    private static final int BATCH = 1000;
    /** Filled by the migrations themselves (national code lists): replaced by the source's rows. */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("code_item");

    private DatabaseCopy() {
    }

    /** One table: rows and checksum in the source, and whether the target has the same. */
    public record TableCheck(String table, long rows, String checksum, boolean matches) {
    }

    /**
     * Copies all rows of {@code source} into {@code target} and verifies them.
     *
     * @throws StoreException NOT_EMPTY-like {@link StoreException.Reason#OTHER} when the target already holds
     *         data, or when the verification fails (then nothing is committed)
     */
    public static List<TableCheck> copy(Database source, Database target) {
        List<Table<?>> order = copyOrder();
        return target.dsl().transactionResult(cfg -> {
            DSLContext to = cfg.dsl();
            DSLContext from = source.dsl();
            for (Table<?> t : order) {
                if (!SEEDED_BY_MIGRATIONS.contains(t.getName()) && to.fetchCount(t) > 0) {
                    throw new StoreException(StoreException.Reason.OTHER,
                            "the target database is not empty (table " + t.getName() + " has rows)");
                }
            }
            for (String seeded : SEEDED_BY_MIGRATIONS) {
                to.deleteFrom(DSL.table(DSL.name(seeded))).execute();
            }
            Set<Table<?>> copied = new LinkedHashSet<>();
            Map<Table<?>, List<TableField<?, ?>>> lateFields = new LinkedHashMap<>();
            Map<Table<?>, List<Record>> lateRows = new LinkedHashMap<>();
            for (Table<?> t : order) {
                List<TableField<?, ?>> late = lateKeys(t, copied);
                lateFields.put(t, late);
                lateRows.put(t, copyRows(from, to, t, late));
                copied.add(t);
            }
            lateRows.forEach((t, rows) -> fillLateKeys(to, t, lateFields.get(t), rows));
            restartIdentities(to, order);
            List<TableCheck> checks = new ArrayList<>();
            for (Table<?> t : order) {
                long rows = from.fetchCount(t);
                String sum = checksum(from, t);
                boolean same = rows == to.fetchCount(t) && sum.equals(checksum(to, t));
                checks.add(new TableCheck(t.getName(), rows, sum, same));
            }
            if (checks.stream().anyMatch(c -> !c.matches())) {
                throw new StoreException(StoreException.Reason.OTHER, "verification failed, nothing copied: "
                        + checks.stream().filter(c -> !c.matches()).map(TableCheck::table).toList());
            }
            return checks;
        });
    }

    /**
     * The tables, referenced ones before those referring to them. A cycle (organisation ↔ place) is broken at a
     * table whose keys into the cycle are nullable, so they can be filled in afterwards.
     */
    static List<Table<?>> copyOrder() {
        List<Table<?>> left = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        List<Table<?>> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Table<?> next = left.stream().filter(t -> pending(t, order).isEmpty()).findFirst()
                    .or(() -> left.stream().filter(t -> pending(t, order).stream()
                            .allMatch(fk -> fk.getFields().stream().allMatch(f -> f.getDataType().nullable()))).findFirst())
                    .orElseThrow(() -> new IllegalStateException("foreign keys cannot be ordered: " + left));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    /** The foreign keys of {@code t} to other tables not yet in {@code placed}. */
    private static List<ForeignKey<?, ?>> pending(Table<?> t, List<Table<?>> placed) {
        List<ForeignKey<?, ?>> result = new ArrayList<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> ref = fk.getKey().getTable();
            if (!ref.equals(t) && !placed.contains(ref)) {
                result.add(fk);
            }
        }
        return result;
    }

    /** Foreign-key columns of {@code t} pointing at itself or at a table not copied yet. */
    private static List<TableField<?, ?>> lateKeys(Table<?> t, Set<Table<?>> copied) {
        List<TableField<?, ?>> late = new ArrayList<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> ref = fk.getKey().getTable();
            if (ref.equals(t) || !copied.contains(ref)) {
                late.addAll(fk.getFields());
            }
        }
        return late;
    }

    /** Copies the rows, with late keys left null; returns (primary key + late keys) of rows that had a late key. */
    private static List<Record> copyRows(DSLContext from, DSLContext to, Table<?> t, List<TableField<?, ?>> late) {
        Field<?>[] fields = t.fields();
        String sql = to.insertInto(t).columns(fields).values(new Object[fields.length]).getSQL();
        List<Record> lateRows = new ArrayList<>();
        List<Field<?>> keyAndLate = new ArrayList<>(primaryKey(t));
        keyAndLate.addAll(late);
        to.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql);
                 Cursor<Record> rows = from.select(fields).from(t).orderBy(sortKey(t)).fetchLazy()) {
                int pending = 0;
                for (Record r : rows) {
                    boolean hasLate = false;
                    for (int i = 0; i < fields.length; i++) {
                        Object v = r.get(i);
                        if (late.contains(fields[i]) && v != null) {
                            hasLate = true;
                            v = null;
                        }
                        if (v == null) {
                            ps.setNull(i + 1, fields[i].getDataType().getSQLType());
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    if (hasLate) {
                        lateRows.add(r.into(keyAndLate.toArray(Field<?>[]::new)));
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw new DataAccessException("copying " + t.getName() + " failed", e);
            }
        });
        return lateRows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillLateKeys(DSLContext to, Table<?> t, List<TableField<?, ?>> late, List<Record> rows) {
        List<TableField<?, ?>> key = primaryKey(t);
        for (Record r : rows) {
            var update = to.update(t).set((Field) late.get(0), r.get(late.get(0)));
            for (TableField<?, ?> f : late.subList(1, late.size())) {
                update = update.set((Field) f, r.get(f));
            }
            org.jooq.Condition where = DSL.noCondition();
            for (TableField<?, ?> k : key) {
                where = where.and(((Field) k).eq(r.get(k)));
            }
            update.where(where).execute();
        }
    }

    /** Identity columns continue after the highest copied id (ALTER … RESTART WITH runs on H2 and PostgreSQL). */
    private static void restartIdentities(DSLContext to, List<Table<?>> tables) {
        for (Table<?> t : tables) {
            Identity<?, ?> identity = t.getIdentity();
            if (identity == null) {
                continue;
            }
            Object max = to.select(DSL.max(identity.getField())).from(t).fetchOne(0);
            long next = max == null ? 1 : ((Number) max).longValue() + 1;
            to.execute("ALTER TABLE " + t.getName() + " ALTER COLUMN " + identity.getField().getName()
                    + " RESTART WITH " + next);
        }
    }

    /**
     * SHA-256 over the table's rows in primary-key order, each value in an engine-neutral text form (decimals
     * without trailing zeros), so the same data gives the same sum on H2 and PostgreSQL.
     */
    static String checksum(DSLContext dsl, Table<?> t) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Field<?>[] fields = t.fields();
        try (Cursor<Record> rows = dsl.select(fields).from(t).orderBy(sortKey(t)).fetchLazy()) {
            for (Record r : rows) {
                for (int i = 0; i < fields.length; i++) {
                    Object v = r.get(i);
                    String text = v == null ? "\u0000" : v instanceof BigDecimal d
                            ? d.stripTrailingZeros().toPlainString() : v.toString();
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<TableField<?, ?>> primaryKey(Table<?> t) {
        UniqueKey<?> pk = t.getPrimaryKey();
        if (pk == null) {
            throw new IllegalStateException("table without primary key: " + t.getName());
        }
        return new ArrayList<>(pk.getFields());
    }

    private static List<SortField<?>> sortKey(Table<?> t) {
        return primaryKey(t).stream().<SortField<?>>map(Field::asc).toList();
    }
}
