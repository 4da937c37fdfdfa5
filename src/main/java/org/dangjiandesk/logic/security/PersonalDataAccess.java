package org.dangjiandesk.logic.security;

import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.Permission;

/**
 * Showing and writing out personal numbers: whether they are masked for this user, and the audit entries for
 * unmasking a record and for exports.
 */
public final class PersonalDataAccess {
    private final Access access;
    private final AuditLog audit;

    public PersonalDataAccess(Access access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    /** True when ID numbers and phones are shown masked by default (always, unless the user may unmask). */
    public boolean mayUnmask() {
        return access.may(Permission.VIEW_UNMASKED);
    }

    /** Logs that one record's numbers were shown in full. @throws AccessDeniedException without permission */
    public void unmasked(String target) {
        access.require(Permission.VIEW_UNMASKED);
        audit.record(access.loginName(), AuditAction.UNMASK, target, "");
    }

    /** Whether an export may carry full numbers: needs both permissions. */
    public boolean mayExportUnmasked() {
        return access.may(Permission.VIEW_UNMASKED) && access.may(Permission.EXPORT_PERSONAL);
    }

    /** Logs an export: what was written and how many rows. */
    public void exported(String what, int rows, boolean unmasked) {
        audit.record(access.loginName(), AuditAction.EXPORT, what, "rows: " + rows + (unmasked ? ", unmasked" : ""));
    }
}
