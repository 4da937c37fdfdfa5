package org.dangjiandesk.logic.security;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two versions of a record, for the audit log ("field: before → after"). */
public final class FieldDiff {
    /** Bookkeeping fields that change on every save and say nothing to an auditor. */
    private static final Set<String> IGNORED = Set.of("id", "version", "rowVersion");

    private FieldDiff() {
    }

    public record Change(String field, Object before, Object after) {
        @Override
        public String toString() {
            return field + ": " + text(before) + " → " + text(after);
        }
    }

    /** {@code before} null for a new record, {@code after} null for a deleted one. */
    public static <R extends Record> List<Change> between(R before, R after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent c : (after != null ? after : before).getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            Object a = before == null ? null : value(c, before);
            Object b = after == null ? null : value(c, after);
            if (!same(a, b)) {
                changes.add(new Change(c.getName(), a, b));
            }
        }
        return changes;
    }

    /** One line per change, as stored in the audit log. */
    public static String describe(List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Equal, and numbers by value (8 and 8.0 hours are no change). */
    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /**
     * A value as the audit log shows it: numbers as stored (10000.00), maps with their keys in name order (the
     * same text for the same content, whatever map it came in).
     */
    private static String text(Object o) {
        if (o == null) {
            return "∅";
        }
        if (o instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (o instanceof java.util.Map<?, ?> m) {
            java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), text(v)));
            return sorted.toString();
        }
        return o.toString();
    }
}
