package org.dangjiandesk.logic.security;

import java.util.List;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.Permission;
import org.dangjiandesk.store.Repositories;

/**
 * What the record services use to log their changes, in the transaction that makes them, as the logged-in user;
 * and to check the permissions of writing personal data out. {@link #NONE} for services built without a session
 * (unit tests of their rules).
 */
public final class AuditTrail {
    public static final AuditTrail NONE = new AuditTrail(null, null);

    private final AuditLog log;
    private final Access access;

    public AuditTrail(AuditLog log, Access access) {
        this.log = log;
        this.access = access;
    }

    /** A change of a record: the fields that differ, before → after ({@code before} null for a new record). */
    public <R extends Record> void changed(Repositories r, AuditAction action, String target, R before, R after) {
        note(r, action, target, FieldDiff.describe(FieldDiff.between(before, after)));
    }

    /**
     * A record of a feature without actions of its own (star rating, training, brand projects) created ({@code before}
     * null), changed or deleted ({@code after} null): target {@code "<entity> #<id>"} (the viewer names the entity, key
     * {@code audit.entity.<entity>}), details field by field. A save that changes nothing is not logged.
     */
    public <R extends Record> void edited(Repositories r, String entity, Object id, R before, R after) {
        AuditAction action = before == null ? AuditAction.RECORD_CREATED
                : after == null ? AuditAction.RECORD_DELETED : AuditAction.RECORD_CHANGED;
        List<FieldDiff.Change> changes = FieldDiff.between(before, after);
        if (action == AuditAction.RECORD_CHANGED && changes.isEmpty()) {
            return;
        }
        note(r, action, target(entity, id), FieldDiff.describe(changes));
    }

    /** A change described by hand (several records at once), as {@link #edited} would name the target. */
    public void edited(Repositories r, AuditAction action, String entity, Object id, List<FieldDiff.Change> changes) {
        note(r, action, target(entity, id), FieldDiff.describe(changes));
    }

    /** The logged-in user, or null without a session ({@link #NONE}). */
    public String loginName() {
        return log == null ? null : access.loginName();
    }

    public static String target(String entity, Object id) {
        return entity + " #" + id;
    }

    public void note(Repositories r, AuditAction action, String target, String details) {
        if (log != null) {
            log.append(r, access.loginName(), action, target, details);
        }
    }

    /** An entry in a transaction of its own (an export that wrote a file). */
    public void record(AuditAction action, String target, String details) {
        if (log != null) {
            log.record(access.loginName(), action, target, details);
        }
    }

    /**
     * Checks that the user may write personal data to a file, with full numbers if {@code unmasked}.
     *
     * @throws AccessDeniedException otherwise
     */
    public void requireExport(boolean unmasked) {
        if (access == null) {
            return;
        }
        access.require(Permission.EXPORT_PERSONAL);
        if (unmasked) {
            access.require(Permission.VIEW_UNMASKED);
        }
    }
}
