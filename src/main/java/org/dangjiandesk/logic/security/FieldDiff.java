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

    public static <R extends Record> List<Change> between(R before, R after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            if (IGNORED.contains(c.getName())) {
                continue;
            }
            Object a = before == null ? null : value(c, before);
            Object b = value(c, after);
            if (!Objects.equals(a, b)) {
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

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static String text(Object o) {
        return o == null ? "∅" : o.toString();
    }
}
