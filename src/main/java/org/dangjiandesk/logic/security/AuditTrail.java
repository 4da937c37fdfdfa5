package org.dangjiandesk.logic.security;

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
